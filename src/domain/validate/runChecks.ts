import type { CheckContext, Finding, Rule, Severity } from './types';
import { allRules } from './rules';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Runs every rule. A rule that throws is reported as a 'rule-failed' error naming the rule, and the other
 * rules still run. Findings are sorted by severity (errors first), then by measure in framework order
 * (findings for unknown measures after, workbook-wide findings last); otherwise in rule order.
 */
export function runChecks(ctx: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    try {
      // A loop, not push(...): a rule may return more findings than a call can take arguments.
      for (const f of rule.run(ctx)) found.push(f);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      found.push({
        ruleId: 'rule-failed',
        severity: 'error',
        message: `The check '${rule.id}' (${rule.description}) could not run: ${why}. The other checks ran.`,
      });
    }
  }
  return sortFindings(found, ctx);
}

export function sortFindings(findings: readonly Finding[], ctx: CheckContext): Finding[] {
  const order = new Map(ctx.framework.measures.map((m, i) => [m.id, i]));
  const known = ctx.framework.measures.length;
  const rank = (f: Finding) =>
    f.measureId === undefined ? known + 2 : (order.get(f.measureId) ?? known + 1);
  // Keys worked out once per finding, not once per comparison.
  return findings
    .map((f, i) => ({ f, i, severity: SEVERITY_ORDER.indexOf(f.severity), rank: rank(f) }))
    .sort((a, b) => a.severity - b.severity || a.rank - b.rank || a.i - b.i)
    .map((x) => x.f);
}
