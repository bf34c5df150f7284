/**
 * Periods as long (tidy) tables write them, one per row: the DfE's Explore Education Statistics files give
 * `time_period` ('202324', or 2024) with `time_identifier` ('Financial year', 'Academic year', 'Reporting
 * year', 'Calendar year', 'Financial year Q2', 'March'...); Fingertips, LG Inform and officers' own tables
 * write '2023/24', 'Mar-25' or a date. Anything the column headers of a wide sheet accept is accepted here.
 */
import type { CellValue } from '../grid';
import type { Period } from './types';
import { parsePeriodCell, parseSubPeriod } from './parse';
import {
  academicYearPeriod,
  calendarYearPeriod,
  financialYearPeriod,
  monthPeriod,
  quarterOfMonth,
  quarterPeriod,
  validYear,
} from './period';

/** '202324' (or 202324): the start year of a two-year span written without a separator; null otherwise. */
function compactSpanStart(text: string): number | null {
  const m = /^(\d{4})(\d{2})$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  return validYear(start) && Number(m[2]) === (start + 1) % 100 ? start : null;
}

/**
 * A long table's period cell, with the row's time identifier when the table has one. Null when the cell is
 * not a period the add-in recognises (a term, a week, a blank).
 *
 * With an identifier: a 'Reporting year' YYYY is the year to 31 March YYYY, as the DfE's children's social care
 * collections count it (so 2024 is 2023/24); 'Financial year' or 'Tax year' 202324 is 2023/24; 'Academic year'
 * 202324 is AY 2023/24; 'Calendar year' 2024 is 2024; a quarter ('Financial year Q1', 'Calendar year Q4') or a
 * month ('March') of the year given. Without one, '202324' reads as the financial year 2023/24, as '2023/24'
 * does.
 */
export function parseTimePeriod(value: CellValue, numberFormat?: string, identifier?: string): Period | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const id = (identifier ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  const span = compactSpanStart(text);
  const year = /^\d{4}$/.test(text) ? Number(text) : null;
  if (id !== '') {
    const q = /\bq([1-4])$/.exec(id);
    if (/^(?:financial|tax) year/.test(id)) {
      const start = span ?? (year !== null ? year : null);
      if (start === null || !validYear(start)) return null;
      return q ? quarterPeriod(start, Number(q[1])) : financialYearPeriod(start);
    }
    if (/^academic year/.test(id)) {
      const start = span ?? year;
      return start !== null && validYear(start) && !q ? academicYearPeriod(start) : null;
    }
    if (/^reporting year/.test(id)) {
      return year !== null && validYear(year - 1) ? financialYearPeriod(year - 1) : null;
    }
    if (/^calendar year/.test(id)) {
      if (year === null || !validYear(year)) return null;
      return q ? quarterOfMonth(year, Number(q[1]) * 3) : calendarYearPeriod(year);
    }
    const sub = parseSubPeriod(id);
    if (sub?.kind === 'month') {
      // A month of a calendar year (2024 + 'March'); of a span, the month in it (202324 + 'March' = Mar 2024).
      if (year !== null && validYear(year)) return monthPeriod(year, sub.month);
      if (span !== null) return monthPeriod(sub.month >= 4 ? span : span + 1, sub.month);
      return null;
    }
    // Terms, weeks and identifiers not known: only a period the cell itself names.
    return parsePeriodCell(value, numberFormat);
  }
  if (span !== null) return financialYearPeriod(span);
  return parsePeriodCell(value, numberFormat);
}
