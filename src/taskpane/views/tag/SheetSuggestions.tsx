import { useState } from 'react';
import { Badge, Button, Checkbox, Link, Spinner, Text } from '@fluentui/react-components';
import { SparkleRegular, TagMultipleRegular } from '@fluentui/react-icons';
import type { ProposalGroup } from '../../../domain/tags/proposals';
import type { SheetSuggestion } from '../../../excel/operations-types';
import { ErrorBar } from '../../components/ErrorBar';
import { plural } from '../../format';
import { useViewStyles } from '../shared.styles';
import { useTagViewStyles } from './TagView.styles';
import type { SheetSuggestionsModel } from './useSheetSuggestions';
import { ROLE_LABEL } from './tagDisplay';

function ProposalRow({
  p,
  props,
  showMeasure,
}: {
  p: SheetSuggestion;
  props: SheetSuggestionsModel;
  showMeasure: boolean;
}) {
  const s = useTagViewStyles();
  return (
    <li className={s.tagItem} data-proposal-row={p.row}>
      <Checkbox
        checked={props.accepted.has(p.row)}
        onChange={() => props.onToggle(p.row)}
        aria-label={`Accept row ${p.row} '${p.label}' as ${p.measureId}`}
      />
      <div className={s.tagMain}>
        {showMeasure ? (
          <div className={s.tagLine}>
            <span className={s.measureId}>{p.measureId}</span>
            <Text size={200}>{props.measureName(p.measureId)}</Text>
            {p.role !== 'value' ? (
              <Badge size="small" appearance="outline">
                {ROLE_LABEL[p.role]}
              </Badge>
            ) : null}
            <Badge size="small" appearance="tint" color={p.score >= 0.6 ? 'brand' : 'informative'}>
              {Math.round(p.score * 100)}% match
            </Badge>
          </div>
        ) : null}
        <Link as="button" className={s.detail} onClick={() => props.onGoTo(p.row)}>
          Row {p.row}: ‘{p.label}’{p.sectionHeading ? ` (${p.sectionHeading})` : ''}
        </Link>
      </div>
    </li>
  );
}

/** A measure's proposal, its repeats (collapsed until asked for) and, if it has one, its tag already made. */
function ProposalGroupItem({
  g,
  props,
}: {
  g: ProposalGroup<SheetSuggestion>;
  props: SheetSuggestionsModel;
}) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const [open, setOpen] = useState(false);
  const [first, ...repeats] = g.proposals;
  const pickedRepeat = repeats.find((p) => props.accepted.has(p.row));
  const t = g.alreadyTagged;
  return (
    <li className={s.group} data-measure={g.measureId}>
      <ul className={v.list}>
        <ProposalRow p={first} props={props} showMeasure />
      </ul>
      {t ? (
        <Text size={200} className={s.note}>
          {g.measureId} is already tagged
          {t.kind === 'row' ? ` at '${t.sheet}' row ${t.row}` : ` on '${t.sheet}'`}; a second tag would only
          be reported as a repeat.
        </Text>
      ) : null}
      {repeats.length > 0 ? (
        <details className={s.repeats} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            {plural(repeats.length, 'more row')} for {g.measureId} (repeated blocks)
            {pickedRepeat ? `: row ${pickedRepeat.row} picked` : ', not accepted'}
          </summary>
          {open ? (
            <ul className={v.list} aria-label={`Rows repeating ${g.measureId}`}>
              {repeats.map((p) => (
                <ProposalRow key={p.row} p={p} props={props} showMeasure={false} />
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
    </li>
  );
}

/** "Suggest tags for this sheet": every data row with a likely measure, for the officer to accept or reject. */
export function SheetSuggestions(props: SheetSuggestionsModel) {
  const v = useViewStyles();
  const { proposals, groups } = props;
  const repeated = groups.some((g) => g.proposals.length > 1);
  return (
    <section className={v.section} aria-labelledby="sheet-suggestions-heading">
      <h2 id="sheet-suggestions-heading" className={v.subheading}>
        Tag a whole sheet
      </h2>
      {proposals === null ? (
        <>
          <Text size={200} className={v.muted}>
            Proposes a measure for every row of figures on the sheet that is not tagged yet. Nothing is tagged
            until you accept.
          </Text>
          <div className={v.actions}>
            <Button
              data-action="suggest-sheet"
              icon={props.busy ? <Spinner size="tiny" /> : <SparkleRegular />}
              disabled={props.sheet === null || props.busy}
              onClick={props.onPropose}
            >
              {props.sheet ? `Suggest tags for '${props.sheet}'` : 'Select a cell of a sheet first'}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Text>
            {proposals.length === 0
              ? `No untagged rows of '${props.sheet}' match a measure well.`
              : `${plural(proposals.length, 'proposal')} for '${props.sheet}'; ${props.accepted.size} accepted.`}
          </Text>
          {repeated ? (
            <Text size={200} className={v.muted}>
              A measure takes one row of a sheet: the top row is proposed, and rows repeating it (other
              blocks) are listed under it, not accepted. Tick one of them to use it instead.
            </Text>
          ) : null}
          {proposals.length > 0 ? (
            <>
              <div className={v.actions}>
                <Button size="small" appearance="subtle" onClick={() => props.onAcceptAll(true)}>
                  Accept all
                </Button>
                <Button size="small" appearance="subtle" onClick={() => props.onAcceptAll(false)}>
                  Reject all
                </Button>
              </div>
              <ul className={v.list} aria-label={`Proposed tags for '${props.sheet}'`}>
                {groups.map((g) => (
                  <ProposalGroupItem key={g.key} g={g} props={props} />
                ))}
              </ul>
            </>
          ) : null}
          <div className={v.actions}>
            <Button
              appearance="primary"
              icon={props.busy ? <Spinner size="tiny" /> : <TagMultipleRegular />}
              disabled={props.accepted.size === 0 || props.busy}
              onClick={props.onTagAccepted}
            >
              Tag {props.accepted.size} accepted
            </Button>
            <Button onClick={props.onClose}>Close</Button>
          </div>
        </>
      )}
      <ErrorBar message={props.error} onDismiss={props.dismissError} />
    </section>
  );
}
