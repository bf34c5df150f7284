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
      found.push(...rule.run(ctx));
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
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) ||
        rank(a.f) - rank(b.f) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
