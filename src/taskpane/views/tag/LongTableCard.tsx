import { Button, Checkbox, Link, Select, Spinner, Text } from '@fluentui/react-components';
import { TagRegular } from '@fluentui/react-icons';
import { columnLetter } from '../../../domain/grid';
import type { LongTableShape } from '../../../domain/layout/longTableShape';
import { plural } from '../../format';
import { useViewStyles } from '../shared.styles';
import { AREA_CHOICE_LABEL, type AreaChoice } from './longTableRequests';
import { useTagViewStyles } from './TagView.styles';

export interface LongTableModel {
  readonly shape: LongTableShape;
  readonly choices: Readonly<Record<string, AreaChoice>>;
  readonly setChoice: (area: string, choice: AreaChoice) => void;
  readonly tagOurs: boolean;
  readonly setTagOurs: (on: boolean) => void;
  /** The comparator tags the button makes (the peers are one). */
  readonly comparatorCount: number;
  readonly blockedReason: string | null;
  readonly busy: boolean;
  readonly onTag: () => void;
  /** The officer says it is not a long table: tag the row or column as usual. */
  readonly onNotLong: () => void;
}

const CHOICES: readonly AreaChoice[] = ['', 'england', 'statNeighbours', 'region', 'peers'];

/**
 * A long (tidy) table, recognised from the selected value: our area is the selected row's; the officer picks
 * comparator areas (England, the region, the neighbours' average, peers) from the areas found.
 */
export function LongTableCard(props: LongTableModel) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const { shape } = props;
  const filters = shape.ourArea.where.map((f) => `${f.column} = ${f.values.join(' or ') || '(blank)'}`);
  const others = shape.areas.filter((a) => a.name !== shape.ourArea.name);
  return (
    <section className={v.card} aria-labelledby="long-table-heading">
      <h2 id="long-table-heading" className={v.subheading}>
        A long table: one row per area and period
      </h2>
      <Text size={200}>
        Values in column {columnLetter(shape.valueColumn)} (‘{shape.valueHeader}’), periods in ‘
        {shape.periodColumn}’ ({plural(shape.periodCount, 'period')}), areas in ‘{shape.areaColumn}’ (
        {plural(shape.areas.length, 'area')}), rows {shape.firstRow}–{shape.lastRow}.
      </Text>
      <Checkbox
        checked={props.tagOurs}
        onChange={(_, d) => props.setTagOurs(Boolean(d.checked))}
        label={`Our area = ${shape.ourArea.name} (the selected row's), as the measure's value`}
      />
      <Text size={200} className={v.muted}>
        Rows kept: {filters.join('; ')}
      </Text>
      <Text weight="semibold">Set beside ours</Text>
      <ul className={`${v.list} ${s.areaList}`} aria-label="Areas found in the table">
        {others.map((a) => (
          <li key={a.name} className={s.areaItem}>
            <Text className={s.areaName}>{a.name}</Text>
            <Select
              size="small"
              value={props.choices[a.name] ?? ''}
              onChange={(_, d) => props.setChoice(a.name, d.value as AreaChoice)}
              aria-label={`${a.name} as`}
            >
              {CHOICES.map((c) => (
                <option key={c} value={c}>
                  {AREA_CHOICE_LABEL[c]}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ul>
      <div className={v.actions}>
        <Button
          appearance="primary"
          icon={props.busy ? <Spinner size="tiny" /> : <TagRegular />}
          disabled={props.blockedReason !== null}
          onClick={props.onTag}
        >
          {props.tagOurs
            ? props.comparatorCount > 0
              ? `Tag our area and ${plural(props.comparatorCount, 'comparator')}`
              : 'Tag our area'
            : `Tag ${plural(props.comparatorCount, 'comparator')}`}
        </Button>
      </div>
      {props.blockedReason ? (
        <Text size={200} className={v.muted}>
          {props.blockedReason}
        </Text>
      ) : null}
      <Link as="button" onClick={props.onNotLong}>
        Not a long table? Tag the row or column as usual
      </Link>
    </section>
  );
}
