/**
 * The definitions the add-in works each measure out by from a child-level table (shared/domain/ssda903.md),
 * in plain words: the summary's definitions page prints these, not the catalogue's, beside a figure derived
 * from a table, and says which table it came from. Where the DfE's own methodology has more detail than
 * these, these are the ones used, and the page says so.
 */
import type { Measure } from '../framework/types';
import type { DerivedFromFigure } from '../calc/types';

const YEAR = 'the 12 months to the as-at date';
const SHORT_BREAKS = 'Short breaks (legal status V3, V4) are left out.';

export const DERIVED_DEFINITIONS: Readonly<Record<string, string>> = {
  D02: `Children with an episode of care open on the as-at date. ${SHORT_BREAKS}`,
  D03: `Children with an episode that started their care (reason for new episode S) in ${YEAR}. ${SHORT_BREAKS}`,
  D04: `Children with an episode that ended in ${YEAR} for a reason other than a new episode following (X1). ${SHORT_BREAKS}`,
  P01: `Children looked after on the as-at date whose placement that day is a foster placement (U1-U6), out of all children looked after that day. ${SHORT_BREAKS}`,
  P03: `Children looked after on the as-at date placed with parents (P1) that day, out of all children looked after that day. ${SHORT_BREAKS}`,
  S01: `Children looked after on the as-at date with three or more placements in ${YEAR}, out of all children looked after that day: the first episode in the year counts one placement, and each later one that starts care or changes placement (S, P, B) one more. ${SHORT_BREAKS}`,
  M01: `Children with at least one missing (not away) incident starting in ${YEAR}. Away incidents are counted apart.`,
  M02: `Missing (not away) incidents starting in ${YEAR}. Away incidents are counted apart.`,
  M03: `Missing incidents in ${YEAR}, divided by the children who went missing.`,
  M04: `Children who went missing three or more times in ${YEAR}, out of the children who went missing.`,
  M05: `Incidents of the most frequently missing tenth of the children who went missing in ${YEAR} (at least one child), out of all missing incidents.`,
  H01: 'Children looked after for 12 months at the as-at date (the OC2 table) whose health check is up to date, out of all of them.',
  H02: 'Children looked after for 12 months at the as-at date (the OC2 table) whose dental check is up to date, out of all of them.',
  H03: 'Children looked after for 12 months at the as-at date (the OC2 table) whose immunisations are up to date, out of all of them.',
  H06: 'The average SDQ score of children looked after for 12 months, aged 4 to 16 on the as-at date, with a score of 0 to 40.',
  H07: 'Those children (aged 4 to 16, with a score) whose SDQ score is 17 or more, out of all of them.',
  O01: 'Children looked after for 12 months, aged 10 or over on the as-at date, convicted or cautioned in the year, out of all of them aged 10 or over.',
  C01: 'Care leavers whose 19th, 20th or 21st birthday falls in the year and who are in touch, out of all of them but those who died or returned home.',
  C02: 'Care leavers whose 19th, 20th or 21st birthday falls in the year and who are in education, employment or training, out of all of them but those who died or returned home.',
  C03: 'Care leavers whose 19th, 20th or 21st birthday falls in the year and who are in suitable accommodation, out of all of them but those who died or returned home.',
  C04: 'Care leavers whose 17th or 18th birthday falls in the year and who are in education, employment or training, out of all of them but those who died or returned home.',
  C05: 'Care leavers whose 17th or 18th birthday falls in the year and who are in suitable accommodation, out of all of them but those who died or returned home.',
  V01: `Looked after reviews in ${YEAR} in which the child took part in some way (PN1-PN6), out of the reviews of children aged 4 or over (PN1-PN7).`,
};

/**
 * The measure as the definitions page describes it when its figures were worked out from a table: the
 * definition used, and where the figures come from. A measure no table gives is returned as it is.
 */
export function derivedDefinition(measure: Measure, from: DerivedFromFigure): Measure {
  const definition = DERIVED_DEFINITIONS[measure.id];
  if (!definition) return measure;
  return {
    ...measure,
    definition,
    dataSource:
      `Worked out by the add-in from ${from.text}, by the definition beside it, which follows the SSDA903 ` +
      "return's. The DfE's published figures apply its fuller methodology, so they can differ slightly.",
  };
}
