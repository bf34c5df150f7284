import { latestReason } from '../../calc/spc/words';
import type { Finding, Rule } from '../types';
import { finding, formatNumber, measureOf } from '../helpers';

/**
 * Warning: the latest point is a special cause of concern on the measure's XmR chart (a change beyond the
 * usual ups and downs, for the worse) and the officer has written no commentary for the Panel. The Panel
 * will ask what happened and what is being done.
 */
export const spcConcernNoCommentary: Rule = {
  id: 'spc-concern-no-commentary',
  severity: 'warning',
  description: 'the latest point is a special cause of concern and the measure has no commentary',
  run(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.figures) {
      const spc = f.spc;
      if (!spc || spc.variation !== 'concern') continue;
      if ((ctx.framework.settings[f.measureId]?.comment ?? '').trim() !== '') continue;
      const m = measureOf(ctx, f.measureId);
      const points = spc.chartPoints?.() ?? [];
      const last = points[points.length - 1] ?? f.latest;
      if (!last) continue;
      const value = `${formatNumber(last.value, 1)}${m?.unit === 'percent' ? '%' : ''}`;
      const reason = latestReason(spc);
      out.push(
        finding(spcConcernNoCommentary, ctx, {
          measureId: f.measureId,
          ...(f.source ? { cell: f.source } : {}),
          text: `${last.label} (${value}) is a special cause of concern${reason ? ` (${reason})` : ''}, beyond the usual ups and downs, and there is no commentary: the Panel will ask what happened and what is being done. Add commentary in the Summary view.`,
          panelText: `${last.label} (${value}) is a special cause of concern${reason ? ` (${reason})` : ''}, beyond the usual ups and downs, and no commentary explains it yet.`,
        }),
      );
    }
    return out;
  },
};
