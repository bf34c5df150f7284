import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { EyeRegular, TableRegular } from '@fluentui/react-icons';
import type { Framework } from '../../../domain/framework/types';
import { SOURCES } from '../../../domain/tables/sources';
import { TABLE_SOURCES, type TableSource } from '../../../domain/tables/types';
import type { TablePreview } from '../../../excel/operations-types';
import { ErrorBar } from '../../components/ErrorBar';
import { formatValue, plural } from '../../format';
import { useViewStyles } from '../shared.styles';
import { useTagViewStyles } from './TagView.styles';
import type { TableTagModel } from './useTableTag';

/** 'the 903 missing table' -> '903 missing table' */
function kindName(source: TableSource): string {
  return SOURCES[source].name.replace(/^the /, '');
}

function PreviewList({ preview, framework }: { preview: TablePreview; framework: Framework }) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  const measures = new Map(framework.measures.map((m) => [m.id, m]));
  const errors = preview.findings.filter((f) => f.severity === 'error').length;
  const warnings = preview.findings.filter((f) => f.severity === 'warning').length;
  return (
    <section className={v.section} aria-label="What the table gives">
      <Text size={200}>
        {`${preview.table.charAt(0).toUpperCase()}${preview.table.slice(1)}: ${plural(preview.rows, 'row')} read`}
        {preview.leftOut > 0 ? `, ${preview.leftOut} left out for an error` : ''}.
      </Text>
      {preview.figures.length === 0 ? (
        <Text size={200} className={v.muted}>
          It gives no measure for the years it covers.
        </Text>
      ) : (
        <ul className={v.list} aria-label="Figures it gives">
          {preview.figures.map((f) => {
            const m = measures.get(f.measureId);
            const unit = m?.unit ?? 'count';
            const l = f.latest;
            const counts =
              l && l.numerator !== null && l.denominator !== null && unit === 'percent'
                ? ` (${l.numerator.toLocaleString('en-GB')} of ${l.denominator.toLocaleString('en-GB')})`
                : '';
            const plain = f.notes.find((n) => n.code === 'repeatMissing' || n.code === 'partialYear');
            return (
              <li key={f.measureId}>
                <Text size={200}>
                  <span className={s.measureId}>{f.measureId}</span> {m?.name ?? ''}:{' '}
                  {l ? `${formatValue(l.value, unit)} in ${l.label}${counts}` : 'no figure'}
                </Text>
                {plain ? (
                  <Text size={200} block className={v.muted}>
                    {plain.text}
                  </Text>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {preview.findings.length > 0 ? (
        <>
          <Text size={200}>
            Checks at source: {plural(errors, 'error')}, {plural(warnings, 'warning')}.
          </Text>
          <ul className={v.list} aria-label="What the checks found">
            {preview.findings.slice(0, 5).map((f, i) => (
              <li key={`${f.ruleId}-${i}`}>
                <Text size={200}>
                  <Badge size="small" appearance="tint" color={f.severity === 'error' ? 'danger' : 'warning'}>
                    {f.severity}
                  </Badge>{' '}
                  {f.message}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The Tag view's panel for a child-level table around the selection: "This is a 903 <kind> table" when its
 * headers say so, else "Map the columns" for a log with headers of its own; a preview of what it gives
 * before the tag is saved.
 */
export function TableTagPanel(props: TableTagModel & { framework: Framework }) {
  const v = useViewStyles();
  const { table } = props;
  if (!table || !props.sheet) return null;
  if (props.tagged) {
    return (
      <section className={v.card} aria-labelledby="table-tag-heading">
        <h2 id="table-tag-heading" className={v.subheading}>
          Tagged as the {props.tagged.tag.label}
        </h2>
        <Text size={200} className={v.muted}>
          Its measures are on the Figures tab. Untag it below to tag it again with other columns.
        </Text>
      </section>
    );
  }
  if (!props.open) {
    return (
      <section className={v.card} aria-labelledby="table-tag-heading">
        <h2 id="table-tag-heading" className={v.subheading}>
          A table of your own?
        </h2>
        <Text size={200} className={v.muted}>
          {`If row ${table.headerRow} of '${props.sheet}' heads a table with a row per child or per incident (a missing log, say), map its columns once to work out its measures at source.`}
        </Text>
        <div className={v.actions}>
          <Button icon={<TableRegular />} onClick={props.onMapInstead}>
            Map the columns
          </Button>
        </div>
      </section>
    );
  }
  const mapping = props.mode === 'map';
  const headers = table.headers.map((h) => h.text);
  const ready = props.missing.length === 0 && props.wordsError === null && !props.busy;
  return (
    <section className={v.card} aria-labelledby="table-tag-heading">
      <h2 id="table-tag-heading" className={v.subheading}>
        {mapping ? 'Map the columns' : `This is a ${kindName(props.source)}`}
      </h2>
      <Text size={200} className={v.muted}>
        {mapping
          ? `Row ${table.headerRow} of '${props.sheet}' heads a table of its own. Choose what it is and the column that holds each field; the map is kept with the tag.`
          : `Its headers (row ${table.headerRow} of '${props.sheet}') are the 903 return's. Tag it to work out ${Object.keys(SOURCES[props.source].measures).join(', ') || 'its checks'} from it.`}
      </Text>
      {mapping ? (
        <>
          <Field label="What the table is">
            <Select value={props.source} onChange={(_, d) => props.setSource(d.value as TableSource)}>
              {TABLE_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {kindName(s)}
                </option>
              ))}
            </Select>
          </Field>
          {props.fields.map((f) => (
            <Field
              key={f.field}
              label={`${f.field}${f.needed ? '' : ' (optional)'}`}
              hint={f.measures.length > 0 ? `Needed for ${f.measures.join(', ')}` : undefined}
              validationMessage={
                f.needed && !props.mapping[f.field] ? 'Choose the column that holds it' : undefined
              }
            >
              <Select
                aria-label={`Column for ${f.field}`}
                value={props.mapping[f.field] ?? ''}
                onChange={(_, d) => props.setMapping(f.field, d.value)}
              >
                <option value="">(none)</option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {props.wordFields.map((f) => (
            <Field
              key={`words-${f}`}
              label={`Words in '${props.mapping[f]}' read as ${f} codes`}
              hint={
                f === 'MISSING'
                  ? "'Missing' is read as M, 'Absent' and 'Away' as A. Add others, e.g. Absconded=M"
                  : 'e.g. Yes=1, No=0'
              }
            >
              <Input value={props.words[f] ?? ''} onChange={(_, d) => props.setWords(f, d.value)} />
            </Field>
          ))}
          {props.wordsError ? (
            <Text size={200} role="alert">
              {props.wordsError}
            </Text>
          ) : null}
        </>
      ) : (
        <Link as="button" onClick={props.onMapInstead}>
          Map the columns instead
        </Link>
      )}
      <div className={v.actions}>
        <Button
          icon={props.busy ? <Spinner size="tiny" /> : <EyeRegular />}
          disabled={!ready}
          onClick={props.onPreview}
        >
          Preview the figures
        </Button>
        <Button
          appearance="primary"
          icon={<TableRegular />}
          disabled={!ready || props.preview === null || props.preview.error !== null}
          onClick={props.onSave}
        >
          {`Tag as the ${kindName(props.source)}`}
        </Button>
      </div>
      {props.missing.length > 0 ? (
        <Text size={200} className={v.muted}>
          Choose a column for {props.missing.join(', ')} first.
        </Text>
      ) : props.preview === null ? (
        <Text size={200} className={v.muted}>
          Preview what it gives before the tag is saved.
        </Text>
      ) : null}
      {props.preview?.error ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{props.preview.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.preview && !props.preview.error ? (
        <PreviewList preview={props.preview} framework={props.framework} />
      ) : null}
      <ErrorBar message={props.error} onDismiss={props.dismissError} />
    </section>
  );
}
