import { documentReference, planSummarySheet, SUMMARY_ROWS } from '../../../src/domain/summary/plan';
import { orderedColumns } from '../../../src/domain/summary/columns';
import type { SheetPlan, StyledRange } from '../../../src/domain/summary/types';
import {
  at,
  comparator,
  figures,
  finding,
  framework,
  kloe,
  measure,
  model,
  note,
  point,
  records,
  spc,
} from './builders';

const COLUMNS = orderedColumns();
const W = COLUMNS.length;
/** Printed columns: the members'. */
const P = COLUMNS.filter((c) => c.group === 'member').length;
const col = (header: string): number => {
  const i = COLUMNS.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
};

/** The first row (after the header) whose ID cell is `id` and whose Measure cell is set. */
const rowOf = (plan: SheetPlan, id: string, from = SUMMARY_ROWS.header + 1): number => {
  for (let r = from; r < plan.values.length; r++) if (plan.values[r][0] === id) return r;
  throw new Error(`no row ${id}`);
};
const rowsOf = (plan: SheetPlan, id: string): number[] =>
  plan.values.flatMap((row, r) => (r > SUMMARY_ROWS.header && row[0] === id ? [r] : []));

const rowWithText = (plan: SheetPlan, text: string): number => {
  const r = plan.values.findIndex((row) => row.some((v) => v === text));
  if (r < 0) throw new Error(`no row with ${text}`);
  return r;
};

/** Style properties in force on a cell (later ranges override earlier ones). */
const styleAt = (plan: SheetPlan, r: number, c: number): StyledRange['style'] =>
  plan.styles
    .filter((s) => r >= s.row && r < s.row + s.rowCount && c >= s.col && c < s.col + s.colCount)
    .reduce((acc, s) => ({ ...acc, ...s.style }), {});

const fw = framework({
  kloes: [
    kloe('K00', 'Context and demand'),
    kloe('K04', 'Stability and safety', 'How stable and safe?'),
    kloe('K09', 'Workforce'),
    kloe('K10', 'Voice'),
    kloe('K11', 'Health'),
  ],
  measures: [
    measure('D02', {
      kloes: ['K00'],
      unit: 'count',
      polarity: 'contextual',
      definition: 'snapshot count at period end',
      england: { value: 81770, year: '2025' },
    }),
    measure('D01', { kloes: ['K00'], unit: 'rate10k', polarity: 'contextual' }),
    measure('F01', { kloes: ['K00'], unit: 'currency', source: 'local' }),
    measure('S01', {
      kloes: ['K04', 'K09'],
      name: 'Children with three or more placements',
      numerator: 'children with 3+ placements',
      denominator: 'children looked after',
      england: { value: 10, year: '2024' },
    }),
    measure('M04', { kloes: ['K04'], name: 'Went missing 3+ times', source: 'local', derived: true }),
    measure('A01', { kloes: ['K04'], unit: 'days' }),
    measure('W01', { kloes: ['K09'], unit: 'ratio' }),
    measure('W02', { kloes: ['K09'], name: 'Workers above threshold', source: 'local' }),
    measure('H06', { kloes: ['K09'], unit: 'score' }),
  ],
  settings: {
    S01: { comment: '=HYPERLINK("http://evil")', action: '+Review every move; -no blame; @panel' },
  },
  evidence: [
    note('K10', 'Members completed training; the Children in Care Council met four times', '2025-01-12'),
  ],
});

const figs = [
  figures('D02', {
    latest: point('2025-03', 'Mar-25', 312),
    previous: point('2025-02', 'Feb-25', 309),
    change: 3,
    direction: null,
    rag: null,
    target: null,
    source: at("Kids' data", 7, 2),
  }),
  figures('D01', { latest: point('2025-03', 'Mar-25', 67.4), change: 0.3, direction: null, rag: null }),
  figures('F01', {
    latest: point('2024/25 Q4', 'Q4 2024/25', 1234),
    change: -20,
    direction: 'improving',
    rag: 'green',
  }),
  figures('S01', {
    latest: point('2025-03', 'Mar-25', 12.1, 79, 85),
    comparators: {
      england: comparator(10, 2.1, 'worse'),
      statNeighbours: comparator(10.5, 1.6, 'worse'),
      region: null,
    },
    notes: [
      { code: 'smallNumbers', text: 'Small numbers' },
      { code: 'stale', text: 'Stale: last figure Jan-25' },
    ],
    trend: [10, null, 11, 12.1],
    source: at('Monthly data', 12, 6),
  }),
  figures('M04', {
    latest: point('2024/25 Q4', 'Q4 2024/25', 25),
    records: records({ count: 48, shareAtLeast3: 25, topTenthShare: 41 }),
    rag: 'amber',
    direction: 'stable',
    change: 0.1,
    source: null,
  }),
  figures('A01', {
    latest: point('2024/25 Q4', 'Q4 2024/25', 245),
    change: 12,
    direction: 'worsening',
    rag: 'red',
  }),
  figures('W02', {
    latest: point('2025-03', 'Mar-25', 15),
    records: records({ count: 60, threshold: 25, shareAbove: 15, shareAtLeast3: null, topTenthShare: null }),
  }),
  figures('H06', {
    latest: point('2024/25', '2024/25', 14.2),
    change: null,
    direction: null,
    rag: null,
    trend: [],
  }),
];

const findings = [
  finding({ severity: 'info', message: 'S01 has no target', measureId: 'S01' }),
  finding({
    severity: 'error',
    message: "Text in Kids' data!C7",
    measureId: 'D02',
    cell: at("Kids' data", 7, 3),
  }),
  finding({ severity: 'warning', message: 'K10 has no measure', kloeId: 'K10' }),
];

const theModel = model(fw, figs, findings);
const plan = planSummarySheet(theModel, { sheetName: 'Panel summary', markerText: 'PMF-SUMMARY v1' });

describe('planSummarySheet: top of the sheet', () => {
  it('titles the sheet and marks it as the add-in’s own', () => {
    expect(plan.values[0][0]).toBe('Corporate Parenting Panel: performance summary');
    expect(plan.marker).toEqual({ row: 0, col: W - 1, text: 'PMF-SUMMARY v1' });
    expect(plan.values[plan.marker.row][plan.marker.col]).toBe('PMF-SUMMARY v1');
    expect(plan.sheetName).toBe('Panel summary');
    expect(plan.tabColor).toMatch(/^#[0-9A-F]{6}$/);
    expect(planSummarySheet(model(fw, figs, [], 'June Panel')).values[0][0]).toBe('June Panel');
  });

  it('says the as-at date in UK form, when and from which workbook it was produced', () => {
    expect(plan.values[1][0]).toBe(
      'As at 31/03/2025. Produced 02/04/2025 14:05 from Council PMF 2024-25.xlsx.',
    );
  });

  it('has a legend for RAG, direction and polarity', () => {
    const legend = plan.values
      .slice(SUMMARY_ROWS.legendFirst, SUMMARY_ROWS.legendLast + 1)
      .map((r) => r[0])
      .join(' ');
    expect(legend).toContain(
      'Green = target met, Amber = just short of the target (within its tolerance), Red = missed',
    );
    expect(legend).toMatch(/▲.*▼.*►/);
    expect(legend).toContain('counts of children are not compared');
    expect(legend).toContain('the officer’s commentary and action follow it');
    expect(legend).toContain('in the columns from ‘Period’ on, beside the printed page');
  });

  it('freezes the column header and repeats it on printed pages', () => {
    const h = SUMMARY_ROWS.header;
    expect(plan.values[h]).toEqual(COLUMNS.map((c) => c.header));
    // What a member needs first: measure, latest, direction and whether the change is real (variation), RAG
    // and whether the target is reliably met (assurance), target, England, the sentence, action.
    expect(plan.values[h].slice(0, P)).toEqual([
      'ID',
      'Measure',
      'Latest',
      'Direction',
      'Variation',
      'RAG',
      'Assurance',
      'Target',
      'England',
      'What the figures say',
      'Commentary',
      'Action',
    ]);
    expect(plan.values[h].slice(P)).toEqual([
      'Period',
      'Previous',
      'Change',
      'England gap',
      'Stat neighbours',
      'Region',
      'Rank',
      'Other comparators',
      'Counts',
      'Trend',
      'Data notes',
    ]);
    expect(plan.freezeRows).toBe(h + 1);
    expect(plan.printTitleRow).toBe(h);
    expect(styleAt(plan, h, 3).bold).toBe(true);
  });

  it('sets widths for every column and prints the members’ columns on A4 landscape, one page wide', () => {
    expect(plan.columnWidths).toHaveLength(W);
    expect(plan.columnWidths.every((w) => w > 20 && w < 260)).toBe(true);
    expect(plan.pageSetup).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printColumns: P,
    });
    // At full size the printed columns are at most two fifths wider than an A4 landscape page's print width
    // (printed at 73% or more of full size).
    const printed = plan.columnWidths.slice(0, P).reduce((a, b) => a + b, 0);
    const m = plan.pageSetup!.margins!;
    expect(printed / (842 - m.left - m.right)).toBeLessThan(1.4);
  });

  it('puts the as-at date and the page number in every page’s footer', () => {
    expect(plan.pageSetup?.footer).toEqual({
      left: 'As at 31/03/2025',
      center: 'Page &P of &N',
      right: 'Panel performance summary',
    });
  });
});

describe('planSummarySheet: sections', () => {
  it('has a filled band row per KLOE, in order, merged across the table', () => {
    const bands = ['K00', 'K04', 'K09', 'K10', 'K11'].map((id) => rowOf(plan, id));
    expect([...bands].sort((a, b) => a - b)).toEqual(bands);
    expect(plan.values[bands[1]][1]).toBe('Stability and safety: How stable and safe?');
    for (const r of bands) {
      // The heading is merged over the printed columns; the band's fill runs across all of them.
      expect(plan.merges).toContainEqual({ row: r, col: 1, rowCount: 1, colCount: P - 1 });
      expect(styleAt(plan, r, 0).fill).toBeDefined();
      expect(
        plan.styles.some((s) => s.row === r && s.rowCount === 1 && s.col === 0 && s.colCount === W),
      ).toBe(true);
    }
  });

  it('shows a measure in two KLOEs under each', () => {
    expect(rowsOf(plan, 'S01').length).toBeGreaterThanOrEqual(2);
    const k09 = rowOf(plan, 'K09');
    expect(rowOf(plan, 'S01', k09)).toBeGreaterThan(k09);
  });

  it('writes the measure row with its figures and unit formats', () => {
    const r = rowOf(plan, 'S01');
    const v = plan.values[r];
    const f = plan.numberFormats[r];
    expect(v[col('Measure')]).toBe('Children with three or more placements');
    expect(v[col('Period')]).toBe('Mar-25');
    expect(v[col('Latest')]).toBe(12.1);
    expect(f[col('Latest')]).toBe('0.0"%"');
    expect(v[col('Previous')]).toBe(11.2);
    expect(f[col('Previous')]).toBe('0.0"%"');
    expect(v[col('Change')]).toBe(0.9);
    expect(f[col('Change')]).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
    expect(v[col('Direction')]).toBe('▲ Worsening');
    expect(v[col('Target')]).toBe(9);
    expect(f[col('Target')]).toBe('0.0"%"');
    expect(v[col('England')]).toBe('10.0%');
    expect(v[col('England gap')]).toBe('+2.1 pp, worse');
    expect(v[col('Stat neighbours')]).toBe('10.5% (+1.6 pp, worse)');
    expect(v[col('What the figures say')]).toBe(theModel.sections[1].rows[0].sentence);
    expect(v[col('What the figures say')]).toMatch(
      /^79 of 85 \(12\.1%\) in March 2025, up from 11\.2% in February/,
    );
    expect(v[col('Region')]).toBeNull();
    expect(v[col('Counts')]).toBe('79 of 85');
    expect(v[col('Trend')]).toBe('▁·▄█');
    expect(v[col('Data notes')]).toBe('Small numbers; Stale: last figure Jan-25');
  });

  it('uses the number format of each unit', () => {
    const latest = col('Latest');
    expect(plan.numberFormats[rowOf(plan, 'D02')][latest]).toBe('#,##0');
    expect(plan.numberFormats[rowOf(plan, 'D01')][latest]).toBe('0.0');
    expect(plan.numberFormats[rowOf(plan, 'F01')][latest]).toBe('"£"#,##0');
    expect(plan.numberFormats[rowOf(plan, 'A01')][latest]).toBe('#,##0');
    expect(plan.numberFormats[rowOf(plan, 'H06')][latest]).toBe('0.0');
    expect(plan.numberFormats[rowOf(plan, 'F01')][col('Change')]).toBe('+"£"#,##0;-"£"#,##0;"£"0');
  });

  it('fills RAG cells with Excel’s Good / Neutral / Bad styles and says the colour in words', () => {
    const rag = col('RAG');
    const cases: [string, string, string, string][] = [
      ['F01', 'Green', '#C6EFCE', '#006100'],
      ['M04', 'Amber', '#FFEB9C', '#9C5700'],
      ['A01', 'Red', '#FFC7CE', '#9C0006'],
    ];
    for (const [id, text, fill, font] of cases) {
      const r = rowOf(plan, id);
      expect(plan.values[r][rag]).toBe(text);
      expect(styleAt(plan, r, rag)).toMatchObject({ fill, fontColor: font });
    }
    expect(plan.values[rowOf(plan, 'D02')][rag]).toBeNull();
  });

  it('colours direction: improving green, worsening red, stable grey', () => {
    const d = col('Direction');
    expect(plan.values[rowOf(plan, 'F01')][d]).toBe('▼ Improving');
    expect(styleAt(plan, rowOf(plan, 'F01'), d).fontColor).toBe('#107C10');
    expect(styleAt(plan, rowOf(plan, 'A01'), d).fontColor).toBe('#C00000');
    expect(plan.values[rowOf(plan, 'M04')][d]).toBe('► Stable');
    expect(styleAt(plan, rowOf(plan, 'M04'), d).fontColor).toBe('#6E6E6E');
    expect(plan.values[rowOf(plan, 'D02')][d]).toBe('▲ Up');
  });

  it('gives counts for child-level and threshold measures', () => {
    expect(plan.values[rowOf(plan, 'M04')][col('Counts')]).toBe(
      '12 of 48 children; 10% of children account for 41% of incidents',
    );
    expect(plan.values[rowOf(plan, 'M04')][col('Latest')]).toBe(25);
    expect(plan.values[rowOf(plan, 'W02')][col('Counts')]).toBe('9 of 60 workers above 25');
  });

  it('names what a ratio’s counts count, as the pane does, never joining them with “of”', () => {
    const ratio = planSummarySheet(
      model(fw, [
        figures('W01', { latest: point('2025-03', 'Mar-25', 17.9, 412, 23) }),
        figures('S01', { latest: point('2025-03', 'Mar-25', 12.1, 79, 85) }),
      ]),
    );
    expect(ratio.values[rowOf(ratio, 'W01')][col('Counts')]).toBe('412 cases / 23 social workers');
    expect(ratio.values[rowOf(ratio, 'S01')][col('Counts')]).toBe('79 of 85');
  });

  it('links measure IDs to their source cells, quoting sheet names as Excel requires', () => {
    // On the ID, not the name: a hyperlinked cell does not wrap in LibreOffice, and the name must.
    const s01 = rowOf(plan, 'S01');
    expect(plan.hyperlinks).toContainEqual(
      expect.objectContaining({ row: s01, col: 0, documentReference: "'Monthly data'!F12" }),
    );
    const dq = plan.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Data quality'));
    expect(plan.hyperlinks.some((h) => h.row < dq && h.col !== 0)).toBe(false);
    const d02 = rowOf(plan, 'D02');
    expect(plan.hyperlinks.find((h) => h.row === d02)?.documentReference).toBe("'Kids'' data'!B7");
    expect(plan.hyperlinks.some((h) => h.row === rowOf(plan, 'M04'))).toBe(false);
  });

  it('wraps names, the sentence, commentary and action, with rows tall enough for them', () => {
    const r = rowOf(plan, 'S01');
    for (const h of ['Measure', 'What the figures say', 'Commentary', 'Action'])
      expect(styleAt(plan, r, col(h)).wrapText).toBe(true);
    const height = plan.rowHeights?.find((x) => x.row === r)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(3 * 12); // the sentence takes three lines at least
  });

  it('keeps the officer’s commentary as it is, after the sentence and apart from it', () => {
    const r = rowOf(plan, 'S01');
    expect(plan.values[r][col('Commentary')]).toBe('=HYPERLINK("http://evil")');
    expect(String(plan.values[r][col('What the figures say')])).not.toContain('HYPERLINK');
    expect(col('Commentary')).toBe(col('What the figures say') + 1);
  });

  it('leaves every comparator cell of a count empty, whatever the figures hold', () => {
    // D02's figures carry an England comparator (as a workbook column might): a count is not compared.
    const r = rowOf(plan, 'D02');
    for (const h of ['England', 'England gap', 'Stat neighbours', 'Region'])
      expect(plan.values[r][col(h)]).toBeNull();
    expect(plan.values[rowOf(plan, 'D01')][col('England')]).toBe('10.0 per 10k');
  });

  it('shows KLOEs no number measures, with their evidence or "No evidence recorded"', () => {
    const k10 = rowOf(plan, 'K10');
    expect(plan.values[k10 + 1][1]).toBe('Not measured by a number yet');
    expect(plan.values[k10 + 2][1]).toBe('Evidence (12/01/2025)');
    expect(plan.values[k10 + 2][2]).toBe(
      'Members completed training; the Children in Care Council met four times',
    );
    const k11 = rowOf(plan, 'K11');
    expect(plan.values[k11 + 1][1]).toBe('Not measured by a number yet');
    expect(plan.values[k11 + 2][1]).toBe('No evidence recorded');
  });
});

describe('planSummarySheet: safety and shape', () => {
  it('formats every string cell as text, including text that looks like a formula', () => {
    const r = rowOf(plan, 'S01');
    expect(plan.values[r][col('Commentary')]).toBe('=HYPERLINK("http://evil")');
    expect(plan.numberFormats[r][col('Commentary')]).toBe('@');
    expect(plan.numberFormats[r][col('Action')]).toBe('@');
    plan.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === 'string') expect(plan.numberFormats[i][j]).toBe('@');
        if (v === null) expect(plan.numberFormats[i][j]).toBe('General');
        if (typeof v === 'number') expect(plan.numberFormats[i][j]).not.toBe('@');
      }),
    );
  });

  it('is rectangular', () => {
    const width = W;
    expect(plan.numberFormats).toHaveLength(plan.values.length);
    plan.values.forEach((row, i) => {
      expect(row).toHaveLength(width);
      expect(plan.numberFormats[i]).toHaveLength(width);
    });
    for (const s of [...plan.styles, ...plan.merges]) {
      expect(s.row + s.rowCount).toBeLessThanOrEqual(plan.values.length);
      expect(s.col + s.colCount).toBeLessThanOrEqual(width);
    }
  });

  it('is deterministic', () => {
    const again = planSummarySheet(model(fw, figs, findings), {
      sheetName: 'Panel summary',
      markerText: 'PMF-SUMMARY v1',
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
  });

  it('makes a safe sheet name', () => {
    expect(planSummarySheet(theModel).sheetName).toBe('PMF Summary');
    expect(
      planSummarySheet(theModel, { sheetName: 'Q4: [draft]/final summary for the panel', markerText: 'm' })
        .sheetName.length,
    ).toBeLessThanOrEqual(31);
  });
});

describe('planSummarySheet: data quality and definitions', () => {
  it('lists findings, errors first, with links to their cells', () => {
    const band = plan.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Data quality'));
    expect(plan.values[band][0]).toBe('Data quality: 1 error, 1 warning, 1 for information');
    expect(plan.values[band + 1].slice(0, 5)).toEqual([
      'ID',
      'Cell (select to go there)',
      'Severity',
      null,
      'Issue',
    ]);
    const rows = plan.values.slice(band + 2, band + 5);
    expect(rows.map((r) => r[2])).toEqual(['Error', 'Warning', 'Information']);
    expect(rows.map((r) => r[0])).toEqual(['D02', 'K10', 'S01']);
    expect(rows[0][1]).toBe("'Kids'' data'!C7");
    expect(rows[0][4]).toBe("Text in Kids' data!C7");
    expect(plan.hyperlinks).toContainEqual(
      expect.objectContaining({ row: band + 2, col: 1, documentReference: "'Kids'' data'!C7" }),
    );
    expect(plan.hyperlinks.some((h) => h.row === band + 3 || h.row === band + 4)).toBe(false);
    expect(styleAt(plan, band + 2, 2).fill).toBe('#FFC7CE');
    expect(styleAt(plan, band + 2, 4).wrapText).toBe(true);
  });

  it("speaks to councillors: a finding's Panel wording, not the officers' instructions", () => {
    const p = planSummarySheet(
      model(fw, figs, [
        finding({
          severity: 'info',
          measureId: 'S01',
          message:
            'S01 Placements: there is no target, so no RAG rating is shown. Set one in the Framework view.',
          panelMessage: 'S01 Placements: no target has been set, so there is no RAG rating.',
        }),
      ]),
    );
    const band = rowWithText(p, 'Data quality: 0 errors, 0 warnings, 1 for information');
    expect(p.values[band + 2][4]).toBe('S01 Placements: no target has been set, so there is no RAG rating.');
    expect(JSON.stringify(p.values)).not.toContain('Framework view');
  });

  it('says when there are no findings', () => {
    const p = planSummarySheet(model(fw, figs, []));
    expect(rowWithText(p, 'No data-quality issues found')).toBeGreaterThan(0);
  });

  it('defines each shown measure once, on a page of its own', () => {
    const band = rowWithText(plan, 'Definitions');
    expect(plan.pageSetup?.pageBreaksBefore).toEqual([band]);
    const defs = plan.values.slice(band + 2);
    expect(defs.map((r) => r[0])).toEqual(['D02', 'D01', 'F01', 'S01', 'M04', 'A01', 'W02', 'H06']);
    const s01 = defs[3];
    expect(s01[2]).toBe('Counted: children with 3+ placements. Out of: children looked after.');
    expect(s01[P - 2]).toBe('A national collection');
    expect(s01[P - 1]).toBe('Percentage. Lower is better. England: 10.0% in 2024.');
    expect(defs[0][2]).toBe('Snapshot count at period end.');
    // A count is not set beside England's count, even in its definition.
    expect(defs[0][P - 1]).toBe('Number. Context only (no better or worse).');
    expect(defs[2][P - 2]).toBe('The council’s own records');
  });
});

describe('planSummarySheet: a large framework', () => {
  it('plans 2,000 measures compactly', () => {
    const n = 2000;
    const kloes = Array.from({ length: 20 }, (_, i) => kloe(`K${String(i).padStart(2, '0')}`));
    const measures = Array.from({ length: n }, (_, i) =>
      measure(`X${i}`, {
        kloes: [kloes[i % 20].id, ...(i % 10 === 0 ? [kloes[(i + 1) % 20].id] : [])],
        unit: i % 2 ? 'percent' : 'count',
      }),
    );
    const rags = ['green', 'amber', 'red'] as const;
    const big = model(
      framework({ kloes, measures }),
      measures.map((m, i) =>
        figures(m.id, {
          rag: rags[Math.floor(i / 200) % 3],
          direction: i % 400 < 200 ? 'improving' : 'worsening',
          source: at('Data', i + 2, 5),
        }),
      ),
      measures
        .slice(0, 500)
        .map((m, i) =>
          finding({ measureId: m.id, severity: i % 3 ? 'warning' : 'error', cell: at('Data', i + 2, 6) }),
        ),
    );
    const started = Date.now();
    const p = planSummarySheet(big, { markerText: 'm' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(0); // reported, not asserted: timing is for the bench
    const measureRows = n + n / 10;
    expect(p.values.length).toBeGreaterThan(measureRows + 500 + n);
    // Styles: a handful per section plus at most one per RAG, direction and link cell.
    expect(p.styles.length).toBeLessThan(measureRows * 3 + 500 * 2 + 200);
    expect(p.hyperlinks).toHaveLength(measureRows + 500);
    expect(JSON.stringify(p).length).toBeLessThan(8_000_000);
  });
});

describe('planSummarySheet: evidence under measured KLOEs and long text', () => {
  const fw2 = framework({
    kloes: [kloe('K04')],
    measures: [measure('S01')],
    evidence: [note('K04', 'Stability audit '.repeat(40).trim())],
  });
  const p = planSummarySheet(model(fw2, [figures('S01')]), { markerText: 'm' });

  it('shows evidence after the measures of a measured KLOE', () => {
    const s01 = rowOf(p, 'S01');
    expect(p.values[s01 + 1][1]).toBe('Evidence');
    expect(p.values[s01 + 1][2]).toMatch(/^Stability audit/);
    expect(p.values.some((r) => r[1] === 'Not measured by a number yet')).toBe(false);
  });

  it('gives a height to a merged row whose wrapped text needs several lines', () => {
    const r = rowOf(p, 'S01') + 1;
    const h = p.rowHeights?.find((x) => x.row === r);
    expect(h?.height).toBeGreaterThan(20);
    expect(p.merges).toContainEqual({ row: r, col: 2, rowCount: 1, colCount: P - 2 });
  });
});

describe('documentReference', () => {
  it('quotes every sheet name and doubles apostrophes', () => {
    expect(documentReference(at('Data', 2, 5))).toBe("'Data'!E2");
    expect(documentReference(at('Monthly data', 12, 1))).toBe("'Monthly data'!A12");
    expect(documentReference(at("Children's homes", 3, 28))).toBe("'Children''s homes'!AB3");
  });
});

describe('statistical process control on the sheet', () => {
  const spcFw = framework({
    kloes: [kloe('K04', 'Stability and safety')],
    measures: [
      measure('S01', { kloes: ['K04'], polarity: 'lower' }),
      measure('S03', { kloes: ['K04'], polarity: 'higher' }),
      measure('P07', { kloes: ['K04'], polarity: 'contextual' }),
      measure('M01', { kloes: ['K04'], polarity: 'lower', unit: 'count' }),
      measure('M06', { kloes: ['K04'], polarity: 'higher' }),
    ],
  });
  const spcPlan = planSummarySheet(
    model(spcFw, [
      figures('S01', { spc: spc({ variation: 'concern', assurance: 'fail', provisional: false }) }),
      figures('S03', { spc: spc({ variation: 'improvement', assurance: 'pass' }) }),
      figures('P07', { spc: spc({ variation: 'neutralHigh' }) }),
      figures('M01', { spc: null, spcPoints: 9 }),
      figures('M06', { spc: spc({ assurance: 'hitAndMiss', provisional: false }) }),
    ]),
  );
  const v = col('Variation');
  const a = col('Assurance');
  const cell = (id: string, c: number) => spcPlan.values[rowOf(spcPlan, id)][c];

  it('says the variation in words with a symbol for the side, and why', () => {
    expect(cell('S01', v)).toBe('▲ Concern: 7 months above usual');
    expect(cell('S03', v)).toBe('▲ Improvement: 7 months above usual *');
    expect(cell('P07', v)).toBe('▲ Unusually high: 7 months above usual *');
    expect(cell('M06', v)).toBe('○ Common cause');
  });

  it('says whether the target will be met, and nothing of a target for context-only measures', () => {
    expect(cell('S01', a)).toBe('× Reliably missed');
    expect(cell('S03', a)).toBe('√ Reliably met');
    expect(cell('M06', a)).toBe('± Hit and miss');
    expect(cell('P07', a)).toBeNull();
  });

  it('says how far short a history is of the 12 points SPC needs', () => {
    expect(cell('M01', v)).toBe('Too few points: 9 of 12');
    expect(cell('M01', a)).toBeNull();
  });

  it('fills concern darker than improvement, and leaves ordinary variation unfilled', () => {
    const concern = styleAt(spcPlan, rowOf(spcPlan, 'S01'), v);
    const improvement = styleAt(spcPlan, rowOf(spcPlan, 'S03'), v);
    const ordinary = styleAt(spcPlan, rowOf(spcPlan, 'M06'), v);
    const lightness = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.299 * r + 0.587 * g + 0.114 * b;
    };
    expect(concern.bold).toBe(true);
    expect(lightness(concern.fill as string)).toBeLessThan(lightness(improvement.fill as string) - 20);
    expect(ordinary.fill).toBeUndefined();
    expect(styleAt(spcPlan, rowOf(spcPlan, 'S01'), a)).toMatchObject({ fill: concern.fill });
  });

  it('explains both columns in one legend line', () => {
    const legend = spcPlan.values
      .slice(SUMMARY_ROWS.legendFirst, SUMMARY_ROWS.legendLast + 1)
      .map((r) => r[0]);
    const line = legend.find((t) => typeof t === 'string' && t.startsWith('Variation')) as string;
    expect(line).toContain('Common cause');
    expect(line).toContain('Hit and miss');
    expect(line.split('\n')).toHaveLength(1);
  });
});
