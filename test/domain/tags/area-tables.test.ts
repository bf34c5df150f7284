// Area tables (LAIT and officers' own benchmarking sheets): area names and codes, the measure from the
// title, and proposals that set England, the region and the neighbours beside ours, never as our value.
import { defaultFramework } from '../../../src/domain/framework';
import { aggregateKind, areaKindOfCode, isAreaCode } from '../../../src/domain/layout/areas';
import { sheetReaderFor } from '../../../src/domain/layout';
import { areaTableFor } from '../../../src/domain/tags/areaTable';
import { rowLabel } from '../../../src/domain/tags/labels';
import { bestHeading, suggestForSheet } from '../../../src/domain/tags/suggest';
import { gridOf, handGrid } from '../../fixtures';
import { AUTHORITIES, LAIT, SDQ_TABLE, SN_TABLE, benchmarkWorkbook } from '../../fixtures/benchmarks';
import { rowTag } from '../builders';

const fw = defaultFramework();
const wb = benchmarkWorkbook();
const lait = gridOf(wb, LAIT.sheet);
const sn = gridOf(wb, SN_TABLE.sheet);

describe('area names and codes', () => {
  it.each([
    ['England', 'england'],
    ['England average', 'england'],
    ['National', 'england'],
    ['North East', 'region'],
    ['Yorkshire and the Humber (region)', 'region'],
    ['East of England', 'region'],
    ['Statistical neighbours', 'statNeighbours'],
    ['SN average', 'statNeighbours'],
    ["Stat neighbours' average", 'statNeighbours'],
  ])('%s is %s', (label, kind) => {
    expect(aggregateKind(label)).toBe(kind);
  });

  it.each([
    'North East Lincolnshire',
    'East Riding of Yorkshire',
    'City of London',
    'Newcastle upon Tyne',
    'Anyshire',
  ])('%s is an authority, not an aggregate, whatever words it shares with one', (label) => {
    expect(aggregateKind(label)).toBeUndefined();
  });

  it('knows area codes by their form and prefix, and never takes one for a row label', () => {
    expect(isAreaCode('E06000047')).toBe(true);
    expect(isAreaCode('S01')).toBe(false);
    expect(areaKindOfCode('E92000001')).toBe('england');
    expect(areaKindOfCode('E12000001')).toBe('region');
    expect(areaKindOfCode('E06000047')).toBe('authority');
    const durham = LAIT.firstAuthorityRow + AUTHORITIES.findIndex((a) => a[2] === 'County Durham');
    expect(rowLabel(lait, durham)).toBe('County Durham');
    expect(sheetReaderFor(lait).labelOf(durham)).toBe('County Durham');
  });

  it("reads a large authority's counts (1980, 2003, 2050) as figures, not as a row of years", () => {
    const grid = handGrid([
      ['LA name', 2021, 2022, 2023, 2024],
      ['Birmingham', 1980, 2003, 2050, 2011],
      ['Kent', 1750, 1801, 1899, 1912],
    ]);
    const reader = sheetReaderFor(grid);
    expect(reader.isHeaderRow(2)).toBe(false);
    expect(reader.layoutForRow(3)?.headerRow).toBe(1);
  });
});

describe('the measure of an area table comes from its title, never from an area name', () => {
  it('finds the LAIT table and suggests C02 from its title', () => {
    const table = areaTableFor(lait, LAIT.ourRow)!;
    expect(table.headerRow).toBe(LAIT.headerRow);
    expect(table.rows[0]).toBe(LAIT.englandRow);
    const best = bestHeading(table, fw);
    expect(best.heading).toBe(LAIT.title);
    expect(best.suggestions[0].measureId).toBe('C02');
  });

  it("finds the officer's neighbour table by its 'Local authority' header and suggests S05 from the title", () => {
    const table = areaTableFor(sn, SN_TABLE.ourRow)!;
    expect(bestHeading(table, fw).suggestions[0].measureId).toBe('S05');
  });

  it('leaves a table of groups that are not areas alone (the SDQ table is read row by row)', () => {
    expect(areaTableFor(gridOf(wb, SDQ_TABLE.sheet), SDQ_TABLE.ourRow)).toBeUndefined();
  });
});

describe('whole-sheet proposals on an area table', () => {
  it('proposes only England as a benchmark while our area is not known: no authority row as our value', () => {
    const proposals = suggestForSheet(lait, fw);
    expect(proposals.map((p) => [p.row, p.label, p.role, p.measureId])).toEqual([
      [LAIT.englandRow, 'England', 'england', 'C02'],
    ]);
  });

  it('proposes our area (tagged elsewhere) as the value and the region its row names, beside England', () => {
    const ours = rowTag({ measureId: 'S05', sheet: SN_TABLE.sheet, row: SN_TABLE.ourRow, label: 'Anyshire' });
    const proposals = suggestForSheet(lait, fw, { existingTags: [ours] });
    expect(proposals.map((p) => [p.row, p.label, p.role, p.measureId])).toEqual([
      [LAIT.englandRow, 'England', 'england', 'C02'],
      [LAIT.regionRow, 'North East', 'region', 'C02'],
      [LAIT.ourRow, 'Anyshire', 'value', 'C02'],
    ]);
  });

  it('proposes the only region of a table, and England below the authorities', () => {
    const proposals = suggestForSheet(sn, fw);
    expect(proposals.map((p) => [p.row, p.role, p.measureId])).toEqual([
      [SN_TABLE.regionRow, 'region', 'S05'],
      [SN_TABLE.englandRow, 'england', 'S05'],
    ]);
  });
});
