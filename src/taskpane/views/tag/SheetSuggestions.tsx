import { Badge, Button, Checkbox, Link, Spinner, Text } from '@fluentui/react-components';
import { SparkleRegular, TagMultipleRegular } from '@fluentui/react-icons';
import { ErrorBar } from '../../components/ErrorBar';
import { NoticeBar } from '../../components/NoticeBar';
import { useViewStyles } from '../shared.styles';
import { useTagViewStyles } from './TagView.styles';
import type { SheetSuggestionsModel } from './useSheetSuggestions';
import { ROLE_LABEL } from './tagDisplay';

/** "Suggest tags for this sheet": every data row with a likely measure, for the officer to accept or reject. */
export function SheetSuggestions(props: SheetSuggestionsModel) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const { proposals } = props;
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
              : `${proposals.length} proposal${proposals.length === 1 ? '' : 's'} for '${props.sheet}'; ${props.accepted.size} accepted.`}
          </Text>
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
                {proposals.map((p) => (
                  <li key={p.row} className={s.tagItem}>
                    <Checkbox
                      checked={props.accepted.has(p.row)}
                      onChange={() => props.onToggle(p.row)}
                      aria-label={`Accept row ${p.row} '${p.label}' as ${p.measureId}`}
                    />
                    <div className={s.tagMain}>
                      <div className={s.tagLine}>
                        <span className={s.measureId}>{p.measureId}</span>
                        <Text size={200}>{props.measureName(p.measureId)}</Text>
                        {p.role !== 'value' ? (
                          <Badge size="small" appearance="outline">
                            {ROLE_LABEL[p.role]}
                          </Badge>
                        ) : null}
                        <Badge
                          size="small"
                          appearance="tint"
                          color={p.score >= 0.6 ? 'brand' : 'informative'}
                        >
                          {Math.round(p.score * 100)}% match
                        </Badge>
                      </div>
                      <Link as="button" className={s.detail} onClick={() => props.onGoTo(p.row)}>
                        Row {p.row}: ‘{p.label}’{p.sectionHeading ? ` (${p.sectionHeading})` : ''}
                      </Link>
                    </div>
                  </li>
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
      <NoticeBar message={props.notice} />
    </section>
  );
}
