/**
 * An authority's own missing log (test/fixtures/missing-log.ts): mapped once by the officer, read with its own
 * headers, dates as text with a time and as Excel dates, its own words for the type of incident.
 */
import { defaultFramework } from '../../../src/domain/framework';
import { analyse } from '../../../src/domain/pipeline';
import { proposeMap, recogniseHeaders } from '../../../src/domain/tables/header';
import { gridOf } from '../../fixtures/grid';
import {
  MISSING_LOG_AS_AT,
  MISSING_LOG_EXPECTED,
  MISSING_LOG_HEADER_ROW,
  MISSING_LOG_MAP,
  MISSING_LOG_SHEET,
  MISSING_LOG_VALUES,
  missingLogRange,
  missingLogWorkbook,
} from '../../fixtures/missing-log';
import { points, seriesOf, tagOf } from './helpers';

const grid = gridOf(missingLogWorkbook(), MISSING_LOG_SHEET);

describe("an authority's own missing log", () => {
  it('is not a 903 table by its headers, and the map proposed for it is the one an officer would choose', () => {
    const header = grid.values[MISSING_LOG_HEADER_ROW - grid.top];
    expect(recogniseHeaders(header)).toBeUndefined();
    const headers = header.map((h, i) => ({ text: String(h), column: i + 1 }));
    expect(proposeMap('missing', headers)).toEqual(MISSING_LOG_MAP);
  });

  it('cannot be tagged without its map: the columns missing are named, with the measures they block', () => {
    expect(() => tagOf(grid, 'missing', { range: missingLogRange() })).toThrow(
      "Cannot tag 'Missing log' as the 903 missing table: the header row (row 4 of A4:H78) has no column CHILD, which M01, M02, M03, M04, M05 need; no column MISSING, which M01, M02, M03, M04, M05 need; no column MIS_START, which M01, M02, M03, M04, M05 need. Map each to the table's own header.",
    );
  });

  it('keeps the map and the words with the tag', () => {
    const tag = tagOf(grid, 'missing', {
      range: missingLogRange(),
      map: { ...MISSING_LOG_MAP },
      values: { ...MISSING_LOG_VALUES },
    });
    expect(tag.details.table).toEqual({
      source: 'missing',
      range: 'A4:H78',
      headerRow: 4,
      columns: { CHILD: 'B', MISSING: 'F', MIS_START: 'D', MIS_END: 'E' },
      map: MISSING_LOG_MAP,
      values: MISSING_LOG_VALUES,
    });
  });

  const s = seriesOf(grid, 'missing', MISSING_LOG_AS_AT, {
    range: missingLogRange(),
    map: { ...MISSING_LOG_MAP },
    values: { ...MISSING_LOG_VALUES },
  });

  it('reads every incident: dates as text with a time and as Excel dates; its own words as M and A', () => {
    expect(s.table?.issues).toEqual([]);
    expect(points(s, 'M01')).toEqual([['2024/25', 30, null, null]]);
    expect(points(s, 'M02')).toEqual([['2024/25', 66, null, null]]);
    expect(points(s, 'M03')).toEqual([['2024/25', 2.2, 66, 30]]);
    expect(points(s, 'M04')).toEqual([['2024/25', 16.6667, 5, 30]]);
    expect(points(s, 'M05')).toEqual([['2024/25', 45.4545, 30, 66]]);
  });

  it('answers the Panel plainly: a few young people going missing again and again', () => {
    const a = analyse({
      framework: defaultFramework(),
      tags: [s.tag],
      brokenTagRows: [],
      tagSheetName: 'PMF Tags',
      grids: new Map([[MISSING_LOG_SHEET, grid]]),
      sheetNames: [MISSING_LOG_SHEET],
      asAt: MISSING_LOG_AS_AT,
    });
    const m04 = a.figures.find((f) => f.measureId === 'M04');
    expect(m04?.repeatMissing).toMatchObject({
      children: MISSING_LOG_EXPECTED.children,
      incidents: MISSING_LOG_EXPECTED.incidents,
      threeOrMore: MISSING_LOG_EXPECTED.threeOrMore,
      topChildren: MISSING_LOG_EXPECTED.topChildren,
      topIncidents: MISSING_LOG_EXPECTED.topIncidents,
      away: MISSING_LOG_EXPECTED.away,
      text: MISSING_LOG_EXPECTED.sentence,
    });
    expect(m04?.notes.map((n) => n.text)).toEqual([
      "Derived from the missing table ('Missing log'!A4:H78).",
      MISSING_LOG_EXPECTED.sentence,
    ]);
    expect(a.findings.filter((f) => f.ruleId.startsWith('table-'))).toEqual([]);
  });

  it("reports the log's own word as outside the list when the officer has not mapped it", () => {
    const unmapped = seriesOf(grid, 'missing', MISSING_LOG_AS_AT, {
      range: missingLogRange(),
      map: { ...MISSING_LOG_MAP },
    });
    expect(unmapped.table?.issues.map((i) => [i.kind, i.field, i.raw])).toEqual([
      ['codeOutsideList', 'MISSING', 'Absconded'],
    ]);
    // The row is left out: YP-1004 went missing twice, not three times.
    expect(points(unmapped, 'M02')).toEqual([['2024/25', 65, null, null]]);
    expect(points(unmapped, 'M04')).toEqual([['2024/25', 13.3333, 4, 30]]);
  });
});
