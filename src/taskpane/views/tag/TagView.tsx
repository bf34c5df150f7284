import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ArrowSyncRegular, TagDismissRegular, TagRegular } from '@fluentui/react-icons';
import { columnLetter } from '../../../domain/grid';
import { TAG_ROLES } from '../../../domain/tags/types';
import type { SelectionInfo, TagListItem } from '../../../excel/operations-types';
import { ErrorBar } from '../../components/ErrorBar';
import { MeasurePicker } from '../../components/MeasurePicker';
import { plural } from '../../format';
import { useViewStyles } from '../shared.styles';
import type { ViewDeps } from '../types';
import {
  describeTagState,
  BENCHMARK_ROLES,
  PANE_ROLE_LABEL,
  roleLabel,
  sortTags,
  tagPlace,
  tagTarget,
  tagTitle,
  type PaneRole,
} from './tagDisplay';
import { TableTagPanel } from './TableTagPanel';
import { useTagViewStyles } from './TagView.styles';
import { useTagView, type TagViewModel } from './useTagView';
import { LongTableCard } from './LongTableCard';
import { SheetSuggestions } from './SheetSuggestions';
import { Welcome } from './Welcome';

function SelectionCard({
  selection,
  loading,
  onRefresh,
}: {
  selection: SelectionInfo | null;
  loading: boolean;
  onRefresh: () => void;
}) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  return (
    <section className={v.card} aria-labelledby="tag-selection-heading" aria-busy={loading}>
      <div className={v.actions} style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 id="tag-selection-heading" className={v.subheading}>
          Selected row
        </h2>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowSyncRegular />}
          onClick={onRefresh}
          aria-label="Read the selection again"
        />
      </div>
      {selection === null ? (
        loading ? (
          <Spinner size="tiny" label="Reading the selection…" />
        ) : (
          <Text>Select a cell in the row (or the column of child-level records) you want to tag.</Text>
        )
      ) : (
        <dl className={v.dl}>
          <dt>Cell</dt>
          <dd className={s.selectionTitle}>{`'${selection.sheet}'!${selection.address}`}</dd>
          <dt>Label</dt>
          <dd>{selection.label || <span className={v.muted}>(no label)</span>}</dd>
          <dt>Periods</dt>
          <dd>
            {selection.periods.length === 0
              ? 'none found'
              : `${plural(selection.periods.length, 'period')}: ${selection.periods[0]} to ${selection.periods[selection.periods.length - 1]}`}
            {selection.headerRow !== null ? ` (header row ${selection.headerRow})` : ''}
          </dd>
          <dt>Latest</dt>
          <dd>
            {selection.latest
              ? `${selection.latest.label}: ${selection.latest.text || String(selection.latest.value ?? '–')}`
              : '–'}
          </dd>
        </dl>
      )}
    </section>
  );
}

function TagStateBadge({ item }: { item: TagListItem }) {
  const d = describeTagState(item.state);
  return (
    <Badge
      style={{ flexShrink: 0, whiteSpace: 'nowrap' }}
      appearance={d.broken ? 'filled' : 'tint'}
      color={d.color}
      size="small"
    >
      {d.text}
    </Badge>
  );
}

function TagList(props: Pick<TagViewModel, 'tags' | 'framework' | 'onGoTo' | 'untag' | 'busy'>) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const names = new Map(props.framework.measures.map((m) => [m.id, m.name]));
  const sorted = sortTags(props.tags);
  const problems = props.tags.filter((t) => describeTagState(t.state).broken).length;
  const { selected, toggleSelected, clearSelected, untag } = props.untag;
  const ticked = props.tags.filter((t) => selected.has(t.tag.id));
  return (
    <section className={v.section} aria-labelledby="tag-list-heading">
      <h2 id="tag-list-heading" className={v.subheading} tabIndex={-1}>
        Tags in this workbook ({props.tags.length}
        {problems ? `, ${problems} broken` : ''})
      </h2>
      {props.tags.length === 0 ? <Text className={v.muted}>No rows are tagged yet.</Text> : null}
      {ticked.length > 0 ? (
        <div className={v.actions} role="group" aria-label="Ticked tags">
          <Button
            size="small"
            icon={<TagDismissRegular />}
            disabled={props.busy}
            onClick={() =>
              untag(
                ticked.map((t) => t.tag.id),
                'nextInList',
              )
            }
          >
            Untag {plural(ticked.length, 'ticked tag')}
          </Button>
          <Button size="small" appearance="subtle" onClick={clearSelected}>
            Clear ticks
          </Button>
        </div>
      ) : null}
      <ul className={v.list}>
        {sorted.map((item) => {
          const d = describeTagState(item.state);
          const target = tagTarget(item.tag, item.state);
          const place = tagPlace(item.tag, item.state);
          const title = tagTitle(item.tag, names);
          const summary = (
            <span className={s.tagMain}>
              <span className={s.tagLine}>
                <span className={s.measureId}>{title.id}</span>
                <span>{title.name}</span>
              </span>
              <span className={s.tagLine}>
                <span className={s.detail}>
                  {place} · {roleLabel(item.tag)}
                </span>
                <TagStateBadge item={item} />
              </span>
              {d.detail ? <span className={s.detail}>{d.detail}</span> : null}
            </span>
          );
          return (
            <li key={item.tag.id} className={s.tagItem} data-tag-id={item.tag.id}>
              <Checkbox
                className={s.tick}
                checked={selected.has(item.tag.id)}
                onChange={() => toggleSelected(item.tag.id)}
                aria-label={`Tick ${title.id === 'Table' ? title.name : title.id} at ${place} to untag it with others`}
              />
              {target ? (
                <Button
                  appearance="subtle"
                  className={v.rowButton}
                  onClick={() => props.onGoTo(item)}
                  aria-label={`Go to ${title.id === 'Table' ? title.name : title.id} at ${place} (${d.text})`}
                  data-focus-target
                >
                  {summary}
                </Button>
              ) : (
                <div
                  className={s.tagText}
                  style={{ flexGrow: 1, minWidth: 0 }}
                  tabIndex={-1}
                  data-focus-target
                >
                  {summary}
                </div>
              )}
              <Button
                appearance="subtle"
                size="small"
                icon={<TagDismissRegular />}
                disabled={props.busy}
                onClick={() => untag([item.tag.id], 'nextInList')}
                aria-label={`Untag ${title.id === 'Table' ? title.name : title.id} at ${place}`}
                title="Untag"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Tagging the selected row (or column) with a role: the form under the measure picker. */
function RowTagForm({ reasonId, ...props }: TagViewModel & { readonly reasonId: string }) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const { selection } = props;
  // Benchmark roles are shown on an area table, once chosen, or when asked for.
  const [benchmarksOpen, setBenchmarksOpen] = useState(false);
  const rowsOf = props.role === 'peers' ? 'peers' : 'records';
  const showBenchmarks =
    benchmarksOpen ||
    Boolean(selection?.areaTable) ||
    (BENCHMARK_ROLES as readonly string[]).includes(props.role);
  return (
    <>
      <Field label="Role of the selected cells">
        <RadioGroup value={props.role} onChange={(_, data) => props.setRole(data.value as PaneRole)}>
          {[...TAG_ROLES, 'periodsDown' as const].map((r) => (
            <Radio key={r} value={r} label={PANE_ROLE_LABEL[r]} />
          ))}
        </RadioGroup>
      </Field>
      {showBenchmarks ? (
        <Field label="Or a benchmark to set beside our figures (a row of an area table)">
          <RadioGroup value={props.role} onChange={(_, data) => props.setRole(data.value as PaneRole)}>
            {BENCHMARK_ROLES.map((r) => (
              <Radio key={r} value={r} label={PANE_ROLE_LABEL[r]} />
            ))}
          </RadioGroup>
        </Field>
      ) : (
        <Link as="button" onClick={() => setBenchmarksOpen(true)}>
          A benchmark: England, region, neighbours, peers or a comparator you name
        </Link>
      )}
      {props.selection?.areaTable ? (
        <Text size={200} className={v.muted}>
          An area table: the measure is suggested from ‘{props.selection.areaTable.heading}’.
        </Text>
      ) : null}
      {props.role === 'comparator' ? (
        <Field
          label="Name of the comparator"
          hint="As the Panel should read it, e.g. ‘All children in the county’"
        >
          <Input value={props.name} onChange={(_, d) => props.setName(d.value)} maxLength={80} />
        </Field>
      ) : null}

      {props.role === 'records' || props.role === 'periodsDown' || props.role === 'peers' ? (
        <div className={v.section}>
          <Text>
            {props.role === 'peers'
              ? `Rows of '${selection?.sheet ?? ''}', one authority each (our own row and England's are left out)`
              : selection
                ? `Column ${columnLetter(selection.column)} of '${selection.sheet}'`
                : 'Column (select a cell in the column)'}
          </Text>
          <div className={s.rowRange}>
            <Field label="First row" validationMessage={props.rowErrors.first}>
              <Input
                type="number"
                min={1}
                value={props.firstRow}
                onChange={(_, d) => props.setFirstRow(d.value)}
                aria-label={`First row of the ${rowsOf}`}
              />
            </Field>
            <Field label="Last row" validationMessage={props.rowErrors.last}>
              <Input
                type="number"
                min={1}
                value={props.lastRow}
                onChange={(_, d) => props.setLastRow(d.value)}
                aria-label={`Last row of the ${rowsOf}`}
              />
            </Field>
          </div>
        </div>
      ) : null}

      <div className={v.actions}>
        <Button
          appearance="primary"
          icon={props.busy ? <Spinner size="tiny" /> : <TagRegular />}
          disabled={props.tagBlockedReason !== null}
          // Focus stays on it after tagging, when it says 'Already tagged as …'.
          disabledFocusable={props.tagBlockedReason !== null}
          data-action="tag"
          aria-describedby={props.tagBlockedReason ? reasonId : undefined}
          onClick={props.onTag}
        >
          {props.alreadyTaggedAs ? `Already tagged as ${props.alreadyTaggedAs}` : 'Tag'}
        </Button>
      </div>
      {props.tagBlockedReason && !selection?.refusal ? (
        <Text id={reasonId} size={200} className={v.muted}>
          {props.tagBlockedReason}
        </Text>
      ) : null}
    </>
  );
}

export function TagView(props: TagViewModel) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const reasonId = useId('tag-reason');
  const { selection } = props;
  const onThisRow = selection ? props.tags.filter((t) => selection.tagIds.includes(t.tag.id)) : [];
  const names = new Map(props.framework.measures.map((m) => [m.id, m.name]));

  return (
    <div className={v.view}>
      <SelectionCard
        selection={selection}
        loading={props.selectionLoading}
        onRefresh={props.onRefreshSelection}
      />

      {props.welcome ? (
        <Welcome onDismiss={props.dismissWelcome} onWholeSheet={props.goToWholeSheet} />
      ) : null}

      {/* Always on the page, so a refusal is announced when it appears. */}
      <div aria-live="polite">
        {selection?.refusal && !props.acted ? (
          // The cell the pane opened on: no warning until the officer selects something.
          <Text id={reasonId} size={200} className={v.muted}>
            Select a row of figures to tag it.
          </Text>
        ) : selection?.refusal ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>This cell cannot be tagged</MessageBarTitle>
              <span id={reasonId}>{selection.refusal}</span>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      <TableTagPanel {...props.table} framework={props.framework} />

      {onThisRow.length > 0 ? (
        <section className={v.section} aria-label="Tags on the selected row">
          <Text weight="semibold">Already tagged here</Text>
          <ul className={v.list}>
            {onThisRow.map((t) => (
              <li key={t.tag.id} className={v.actions} style={{ alignItems: 'center' }}>
                <Text>
                  <span className={s.measureId}>{tagTitle(t.tag, names).id}</span>{' '}
                  {tagTitle(t.tag, names).name} ({roleLabel(t.tag)})
                </Text>
                <Button
                  size="small"
                  icon={<TagDismissRegular />}
                  disabled={props.busy}
                  onClick={() => props.untag.untag([t.tag.id], 'tagButton')}
                >
                  Untag {t.tag.kind === 'table' ? 'the table' : t.tag.measureId}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <MeasurePicker
        framework={props.framework}
        // A cell that cannot be tagged gets no suggestions (a title row is no measure).
        suggestions={selection && !selection.refusal ? selection.suggestions : []}
        value={props.measureId}
        onChange={props.setMeasureId}
      />

      {props.longTable ? (
        <LongTableCard {...props.longTable} />
      ) : (
        <RowTagForm {...props} reasonId={reasonId} />
      )}

      <ErrorBar message={props.error} onDismiss={props.dismissError} />

      <SheetSuggestions {...props.sheetSuggestions} />

      <TagList
        tags={props.tags}
        framework={props.framework}
        onGoTo={props.onGoTo}
        untag={props.untag}
        busy={props.busy}
      />

      {props.brokenTagRows.length > 0 ? (
        <section className={v.section} aria-labelledby="broken-rows-heading">
          <h2 id="broken-rows-heading" className={v.subheading}>
            Tag sheet rows that could not be read ({props.brokenTagRows.length})
          </h2>
          <Text size={200} className={v.muted}>
            They are kept exactly as found on the tag sheet.
          </Text>
          <ul className={v.list}>
            {props.brokenTagRows.map((b) => (
              <li key={b.sheetRow}>
                <Text>
                  <Badge appearance="outline" color="danger" size="small">
                    Row {b.sheetRow}
                  </Badge>{' '}
                  {b.message}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The Tag tab: its hook wired to its view. */
export function TagTab(deps: ViewDeps) {
  return <TagView {...useTagView(deps)} />;
}
