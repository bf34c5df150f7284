import { Fragment } from 'react';
import { Button, SearchBox, Text } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { ComparatorFigure, MeasureFigures, Point, RecordStats } from '../../../domain/calc/types';
import { countWords, recordNouns } from '../../../domain/summary/countWords';
import type { Measure } from '../../../domain/framework/types';
import { quoteSheetName } from '../../../domain/grid';
import { measureSentence } from '../../../domain/summary/sentence';
import { DirectionIcon } from '../../components/DirectionIcon';
import { StaleBar } from '../../components/Freshness';
import { ErrorBar } from '../../components/ErrorBar';
import { RagBadge } from '../../components/RagBadge';
import { SpcReading } from '../../components/SpcReading';
import { TargetSourceText } from '../../components/TargetSource';
import { TrendChart } from '../../components/TrendChart';
import { formatChange, formatValue, yearText } from '../../format';
import { comparatorQualifier, rankText } from '../../../domain/summary/benchmarks';
import { useViewStyles } from '../shared.styles';
import type { ViewDeps } from '../types';
import { useFiguresViewStyles } from './FiguresView.styles';
import { useFiguresView, type FiguresViewModel } from './useFiguresView';

/** The counts behind a figure: '79 of 85' for a percentage, '84 incidents / 23 children' for a ratio. */
export function countsText(point: Point | null, measure: Pick<Measure, 'id' | 'unit'>): string | null {
  if (!point || point.numerator === null || point.denominator === null) return null;
  return countWords(measure, point.numerator, point.denominator);
}

function pointText(point: Point | null, measure: Measure): string {
  if (!point) return '–';
  const counts = countsText(point, measure);
  return `${formatValue(point.value, measure.unit)} in ${point.label}${counts ? ` (${counts})` : ''}`;
}

/** The child- or worker-level records behind a figure, saying what is counted. */
export function recordsText(r: RecordStats, measure: Measure): string {
  const n = recordNouns(measure, r);
  const pct = (v: number) => formatValue(v, 'percent');
  const parts = [
    n.what
      ? `${r.count.toLocaleString('en-GB')} ${n.who}, ${formatValue(r.total, 'count')} ${n.what} in all`
      : `${r.count.toLocaleString('en-GB')} records, totalling ${formatValue(r.total, 'count')}`,
  ];
  const middle = [
    r.mean !== null ? `mean ${formatValue(r.mean, 'ratio')}${n.what ? ` ${n.what} per ${n.one}` : ''}` : '',
    r.median !== null ? `median ${formatValue(r.median, 'count')}` : '',
  ].filter(Boolean);
  if (middle.length) parts.push(middle.join(', '));
  if (r.shareAtLeast3 !== null) parts.push(`${pct(r.shareAtLeast3)} of ${n.who} with 3 or more`);
  if (r.topTenthShare !== null)
    parts.push(
      `the most frequent tenth of ${n.who} account for ${pct(r.topTenthShare)}${n.what ? ` of ${n.what}` : ''}`,
    );
  if (r.shareAbove != null && r.threshold !== undefined)
    parts.push(`${pct(r.shareAbove)} of ${n.who} above ${r.threshold}${n.what ? ` ${n.what}` : ''}`);
  if (r.skipped) parts.push(`${r.skipped} unreadable left out`);
  return parts.join('; ');
}

function comparatorText(c: ComparatorFigure, measure: Measure, latestPeriod?: string): string {
  // The period it is for when not our latest ('for 2023/24'), and 'mean of 8' when worked out from peers.
  const parts = [`${formatValue(c.value, measure.unit)}${comparatorQualifier(c, latestPeriod)}`];
  if (c.year) parts.push(`(${yearText(c.year)})`);
  const gap =
    c.gap === null || c.gap === 0 ? null : formatChange(Math.abs(c.gap), measure.unit).replace(/^\+/, '');
  if (c.versus === 'similar') parts.push('– ours is similar');
  else if (c.versus) parts.push(`– ours is ${c.versus}${gap ? ` by ${gap}` : ''}`);
  else if (gap && c.gap !== null) parts.push(`– ours is ${gap} ${c.gap > 0 ? 'higher' : 'lower'}`);
  return parts.join(' ');
}

function FigureCard({
  measure,
  figures,
  onGoTo,
}: {
  measure: Measure;
  figures: MeasureFigures;
  onGoTo: FiguresViewModel['onGoTo'];
}) {
  const v = useViewStyles();
  const s = useFiguresViewStyles();
  const f = figures;
  const counts = countsText(f.latest, measure);
  const c = f.comparators;
  const r = f.records;
  const headingId = `fig-${measure.id}`;
  const sentence = measureSentence(measure, f);
  // A note the sentence already says (who went missing, for M04 and M05) is not said twice.
  const notes = f.notes.filter((n) => !sentence?.includes(n.text.trim()));
  return (
    <li className={v.card} aria-labelledby={headingId} data-measure={measure.id}>
      <div className={s.head}>
        <Text id={headingId} className={s.name}>
          <span className={s.id}>{measure.id}</span>
          {measure.name}
        </Text>
        <RagBadge rag={f.rag} />
      </div>
      {sentence ? (
        <Text as="p" block className={s.sentence}>
          {sentence}
        </Text>
      ) : null}
      <div className={s.latestRow}>
        <div>
          <Text className={s.latest} block>
            {formatValue(f.latest?.value, measure.unit)}
          </Text>
          <Text size={200} className={s.counts}>
            {f.latest ? f.latest.label : 'No data yet'}
            {counts ? ` · ${counts}` : ''}
          </Text>
        </div>
        <TrendChart
          values={f.trend}
          labels={f.trendPeriods.map((p) => p.label)}
          target={f.target}
          format={(n) => formatValue(n, measure.unit)}
        />
      </div>
      <SpcReading
        figures={f}
        title={`${measure.id} ${measure.name}`}
        format={(n) => formatValue(n, measure.unit)}
      />
      <dl className={v.dl}>
        <dt>Previous</dt>
        <dd>{pointText(f.previous, measure)}</dd>
        <dt>Change</dt>
        <dd>
          {f.change === null ? (
            '–'
          ) : (
            <>
              {formatChange(f.change, measure.unit)}
              {f.relativeChange !== null && measure.unit !== 'percent'
                ? ` (${formatChange(f.relativeChange, 'percent').replace(' pp', '%')})`
                : ''}{' '}
              <DirectionIcon direction={f.direction} change={f.change} />
            </>
          )}
        </dd>
        {f.sameLastYear ? (
          <>
            <dt>A year ago</dt>
            <dd>
              {pointText(f.sameLastYear, measure)}
              {f.changeOnYear !== null ? `, ${formatChange(f.changeOnYear, measure.unit)}` : ''}
            </dd>
          </>
        ) : null}
        <dt>Target</dt>
        <dd>
          <TargetSourceText figures={f} unit={measure.unit} onGoTo={onGoTo} />
          {f.target === null ? '' : `; amber within ${f.tolerance}%`}
        </dd>
        {c.england ? (
          <>
            <dt>England</dt>
            <dd>{comparatorText(c.england, measure, f.latest?.period)}</dd>
          </>
        ) : null}
        {c.statNeighbours ? (
          <>
            <dt>Stat. neighbours</dt>
            <dd>{comparatorText(c.statNeighbours, measure, f.latest?.period)}</dd>
          </>
        ) : null}
        {c.region ? (
          <>
            <dt>Region</dt>
            <dd>{comparatorText(c.region, measure, f.latest?.period)}</dd>
          </>
        ) : null}
        {(c.named ?? []).map((n) => (
          <Fragment key={`named-${n.name}`}>
            <dt>{n.name}</dt>
            <dd>{comparatorText(n, measure, f.latest?.period)}</dd>
          </Fragment>
        ))}
        {f.rank ? (
          <>
            <dt>Rank</dt>
            <dd>{rankText(f.rank)} among us and our peers</dd>
          </>
        ) : null}
        {f.ratePer10k !== null ? (
          <>
            <dt>Per 10,000</dt>
            <dd>{formatValue(f.ratePer10k, 'rate10k')}</dd>
          </>
        ) : null}
        {f.ytd !== null ? (
          <>
            <dt>Year to date</dt>
            <dd>{formatValue(f.ytd, 'count')}</dd>
          </>
        ) : null}
        {f.rolling12 !== null ? (
          <>
            <dt>Last 12 months</dt>
            <dd>{formatValue(f.rolling12, 'count')}</dd>
          </>
        ) : null}
        {r ? (
          <>
            <dt>Records</dt>
            <dd>{recordsText(r, measure)}</dd>
          </>
        ) : null}
      </dl>
      {notes.length ? (
        <ul className={s.notes} aria-label="Data notes">
          {notes.map((n, i) => (
            <li key={`${n.code}-${i}`}>{n.text}</li>
          ))}
        </ul>
      ) : null}
      {f.source ? (
        <div>
          <Button
            size="small"
            appearance="transparent"
            icon={<OpenRegular />}
            onClick={() => onGoTo(f.source!)}
            aria-label={`Go to the source of ${measure.id}, ${quoteSheetName(f.source.sheet)}!${f.source.address}`}
          >
            {quoteSheetName(f.source.sheet)}!{f.source.address}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

export function FiguresView(props: FiguresViewModel) {
  const v = useViewStyles();
  const shown = props.sections.reduce((n, sec) => n + sec.items.length, 0);
  return (
    <div className={v.view}>
      <SearchBox
        value={props.query}
        onChange={(_, d) => props.setQuery(d.value)}
        placeholder="Filter by id, name or KLOE"
        aria-label="Filter figures"
      />
      <ErrorBar message={props.error} onDismiss={props.dismissError} />
      {props.total === 0 ? (
        <Text>No figures yet: tag rows to measures on the Tag tab.</Text>
      ) : shown === 0 ? (
        <Text>No measure matches ‘{props.query}’.</Text>
      ) : null}
      {props.sections.map((sec) => (
        <section
          key={sec.kloe?.id ?? 'other'}
          className={v.section}
          aria-labelledby={`figs-${sec.kloe?.id ?? 'other'}`}
        >
          <h2 id={`figs-${sec.kloe?.id ?? 'other'}`} className={v.subheading}>
            {sec.kloe ? `${sec.kloe.id} ${sec.kloe.title}` : 'Other measures'}
          </h2>
          <ul className={v.list} style={{ rowGap: '8px' }}>
            {sec.items.map((it) => (
              <FigureCard
                key={it.measure.id}
                measure={it.measure}
                figures={it.figures}
                onGoTo={props.onGoTo}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The Figures tab: its hook wired to its view. */
export function FiguresTab(deps: ViewDeps) {
  return (
    <>
      <StaleBar workbook={deps.workbook} />
      <FiguresView {...useFiguresView(deps)} />
    </>
  );
}
