import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
  useId,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import {
  FREQUENCIES,
  POLARITIES,
  UNITS,
  type Frequency,
  type Polarity,
  type Unit,
} from '../../../domain/framework/types';
import { periodFromKey } from '../../../domain/calc/periodKeys';
import { ErrorBar } from '../../components/ErrorBar';
import { MeasurePicker } from '../../components/MeasurePicker';
import { formatValue, yearText } from '../../format';
import { useViewStyles } from '../shared.styles';
import type { ViewDeps } from '../types';
import {
  NUMERIC_SETTINGS,
  SETTING_LABEL,
  baselineKey,
  settingKey,
  type NumericSetting,
} from './frameworkDraft';
import { TargetSourceText, cellText } from '../../components/TargetSource';
import type { CellRef } from '../../../domain/grid';
import { useFrameworkViewStyles } from './FrameworkView.styles';
import { useFrameworkView, type FrameworkViewModel } from './useFrameworkView';

const UNIT_LABEL: Record<Unit, string> = {
  count: 'Count',
  percent: 'Percentage',
  rate10k: 'Rate per 10,000 children',
  ratio: 'Ratio',
  days: 'Days',
  score: 'Score',
  currency: 'Money (£)',
};
const POLARITY_LABEL: Record<Polarity, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
  contextual: 'Neither (context only)',
  target: 'Closest to target is best',
};
const FREQUENCY_LABEL: Record<Frequency, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  termly: 'Termly',
  annual: 'Annual',
};

/** The hint under a setting: the default tolerance, and for the target, the rule and the sheet's own. */
function settingHint(
  key: NumericSetting,
  defaultTolerance: string,
  sheetTarget: { readonly value: number; readonly cell: CellRef } | null,
  unit: Unit,
): string | undefined {
  if (key === 'tolerance') return `Blank: ${defaultTolerance}%`;
  if (key === 'threshold')
    return 'A limit for child- or worker-level records (W02: a caseload of 18): the figure is the share of records above it.';
  if (key !== 'target') return undefined;
  return sheetTarget
    ? `Set here, it wins over the sheet's ${formatValue(sheetTarget.value, unit)} at ${cellText(sheetTarget.cell)}; blank uses the sheet's.`
    : 'Set here, it wins over any target in the sheet.';
}

function MeasureSettingsEditor(props: FrameworkViewModel) {
  const v = useViewStyles();
  const s = useFrameworkViewStyles();
  const m = props.measures.find((x) => x.id === props.selectedMeasureId);
  const figures = m ? props.figures.get(m.id) : undefined;
  const sheetTarget = figures?.targetSource?.sheet ?? null;
  const withSettings = props.measures.filter(
    (x) =>
      props.framework.settings[x.id] &&
      (NUMERIC_SETTINGS.some((k) => props.framework.settings[x.id]?.[k] !== undefined) ||
        props.framework.settings[x.id]?.spcBaseline !== undefined),
  );
  return (
    <section className={v.section} aria-labelledby="fw-measure-heading">
      <h2 id="fw-measure-heading" className={v.subheading}>
        Targets and tolerances
      </h2>
      <MeasurePicker
        framework={{ ...props.framework, measures: props.measures }}
        value={props.selectedMeasureId}
        onChange={props.selectMeasure}
        label="Measure to set up"
      />
      {m ? (
        <div className={v.card} aria-label={`Settings for ${m.id}`}>
          <Text weight="semibold">
            <span className={s.id}>{m.id}</span>
            {m.name}
          </Text>
          <Text size={200} className={v.muted}>
            {UNIT_LABEL[m.unit]} · {POLARITY_LABEL[m.polarity]}
            {m.england
              ? ` · England ${formatValue(m.england.value, m.unit)} (${yearText(m.england.year)})`
              : ''}
          </Text>
          {figures ? (
            <Text size={200} data-testid="target-in-use">
              Target in use: <TargetSourceText figures={figures} unit={m.unit} onGoTo={props.onGoTo} />
            </Text>
          ) : null}
          <div className={s.grid}>
            {NUMERIC_SETTINGS.map((key) => (
              <Field
                key={key}
                label={SETTING_LABEL[key]}
                validationMessage={props.errors[settingKey(m.id, key)]}
                hint={settingHint(key, props.defaultTolerance, sheetTarget, m.unit)}
              >
                <Input
                  className={s.input}
                  inputMode="decimal"
                  value={props.settingText(m.id, key)}
                  onChange={(_, d) => props.setSetting(m.id, key, d.value)}
                />
              </Field>
            ))}
          </div>
          <Field
            label="Control chart starts from"
            validationMessage={props.errors[baselineKey(m.id)]}
            hint="A period such as Apr-23 or Q1 2023/24, when the service or the definition changed. Blank: every period."
          >
            <Input
              className={s.input}
              value={props.baselineText(m.id)}
              onChange={(_, d) => props.setBaseline(m.id, d.value)}
            />
          </Field>
        </div>
      ) : null}
      {withSettings.length ? (
        <>
          <Text weight="semibold">Measures with saved settings</Text>
          <ul className={v.list}>
            {withSettings.map((x) => {
              const st = props.framework.settings[x.id]!;
              const parts = NUMERIC_SETTINGS.filter((k) => st[k] !== undefined).map(
                (k) =>
                  `${SETTING_LABEL[k].replace(/ \(.*\)$/, '').toLowerCase()} ${k === 'tolerance' ? `${st[k]}%` : formatValue(st[k], k === 'threshold' ? 'count' : x.unit)}`,
              );
              if (st.spcBaseline)
                parts.push(`control chart from ${periodFromKey(st.spcBaseline)?.label ?? st.spcBaseline}`);
              return (
                <li key={x.id}>
                  <Button
                    appearance="subtle"
                    className={v.rowButton}
                    onClick={() => props.selectMeasure(x.id)}
                  >
                    <span>
                      <span className={s.id}>{x.id}</span>
                      {parts.join(', ')}
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function CustomMeasures(props: FrameworkViewModel) {
  const v = useViewStyles();
  const s = useFrameworkViewStyles();
  const c = props.custom;
  const e = props.customErrors;
  const customs = props.measures.filter((m) => m.custom);
  const formId = useId('custom-measure');
  return (
    <section className={v.section} aria-labelledby="fw-custom-heading">
      <h2 id="fw-custom-heading" className={v.subheading}>
        Custom measures
      </h2>
      {customs.length === 0 ? (
        <Text className={v.muted}>The Panel has added no measures of its own.</Text>
      ) : null}
      <ul className={v.list}>
        {customs.map((m) => {
          const tagged = props.taggedMeasureIds.has(m.id);
          return (
            <li key={m.id} className={s.item}>
              <Text className={s.itemText}>
                <span className={s.id}>{m.id}</span>
                {m.name} ({m.kloes.join(', ')})
              </Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                disabled={tagged}
                title={tagged ? 'Untag its rows first' : 'Remove'}
                aria-label={
                  tagged ? `${m.id} has tagged rows: untag them before removing it` : `Remove ${m.id}`
                }
                onClick={() => props.onRemoveCustom(m.id)}
              />
            </li>
          );
        })}
      </ul>
      <fieldset ref={props.customFormRef} className={v.card} style={{ margin: 0 }}>
        <legend>
          <Text weight="semibold">Add a measure</Text>
        </legend>
        <div className={s.grid}>
          <Field label="Id" required validationMessage={e.id}>
            <Input
              className={s.input}
              value={c.id}
              onChange={(_, d) => props.setCustom({ id: d.value })}
              placeholder="X01"
            />
          </Field>
          <Field label="Unit" required validationMessage={e.unit}>
            <Select
              className={s.input}
              value={c.unit}
              onChange={(_, d) => props.setCustom({ unit: d.value as Unit })}
            >
              <option value="">Choose…</option>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {UNIT_LABEL[u]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label="Name" required validationMessage={e.name}>
          <Input className={s.input} value={c.name} onChange={(_, d) => props.setCustom({ name: d.value })} />
        </Field>
        <div className={s.grid}>
          <Field label="Better is" required validationMessage={e.polarity}>
            <Select
              className={s.input}
              value={c.polarity}
              onChange={(_, d) => props.setCustom({ polarity: d.value as Polarity })}
            >
              <option value="">Choose…</option>
              {POLARITIES.map((p) => (
                <option key={p} value={p}>
                  {POLARITY_LABEL[p]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Reported" required validationMessage={e.frequency}>
            <Select
              className={s.input}
              value={c.frequency}
              onChange={(_, d) => props.setCustom({ frequency: d.value as Frequency })}
            >
              <option value="">Choose…</option>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {FREQUENCY_LABEL[f]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {/* Not a Field: a Field gives its one id to every control inside, which would tie all labels to the first box. */}
        <fieldset
          className={s.kloes}
          aria-describedby={e.kloes ? `${formId}-kloes-error` : `${formId}-kloes-hint`}
        >
          <legend className={s.legend}>
            Lines of enquiry <span aria-hidden="true">*</span>
          </legend>
          {props.framework.kloes.map((k, i) => (
            <Checkbox
              key={k.id}
              aria-invalid={i === 0 && e.kloes ? true : undefined}
              label={`${k.id} ${k.title}`}
              checked={c.kloes.includes(k.id)}
              onChange={(_, d) =>
                props.setCustom({ kloes: d.checked ? [...c.kloes, k.id] : c.kloes.filter((x) => x !== k.id) })
              }
            />
          ))}
          {e.kloes ? (
            <Text id={`${formId}-kloes-error`} size={200} className={s.error} role="alert">
              {e.kloes}
            </Text>
          ) : null}
          <Text id={`${formId}-kloes-hint`} size={200} className={v.muted}>
            The first ticked, in framework order, is where the summary shows it.
          </Text>
        </fieldset>
        <Field label="Definition" validationMessage={e.definition}>
          <Textarea
            resize="vertical"
            value={c.definition}
            onChange={(_, d) => props.setCustom({ definition: d.value })}
          />
        </Field>
        <div className={v.actions}>
          <Button icon={<AddRegular />} onClick={props.onAddCustom}>
            Add measure
          </Button>
        </div>
      </fieldset>
    </section>
  );
}

export function FrameworkView(props: FrameworkViewModel) {
  const v = useViewStyles();
  const s = useFrameworkViewStyles();
  const errorList = Object.values(props.errors);
  return (
    <div className={v.view} ref={props.viewRef}>
      <section className={v.section} aria-labelledby="fw-defaults-heading">
        <h2 id="fw-defaults-heading" className={v.subheading}>
          Defaults
        </h2>
        <div className={s.grid}>
          <Field
            label="Default tolerance (%)"
            validationMessage={props.errors.defaultTolerance}
            hint="Within this of the target is amber."
          >
            <Input
              className={s.input}
              inputMode="decimal"
              value={props.defaultTolerance}
              onChange={(_, d) => props.setDefaultTolerance(d.value)}
            />
          </Field>
          <Field
            label="Population aged 0-17"
            validationMessage={props.errors.population}
            hint="ONS mid-year estimate, for rates per 10,000."
          >
            <Input
              className={s.input}
              inputMode="numeric"
              value={props.population}
              onChange={(_, d) => props.setPopulation(d.value)}
            />
          </Field>
        </div>
      </section>

      <MeasureSettingsEditor {...props} />
      <CustomMeasures {...props} />

      <div className={s.saveBar}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          onClick={props.onSave}
          disabled={props.saving || !props.dirty}
        >
          {props.saving ? 'Saving…' : 'Save framework'}
        </Button>
        <Button onClick={props.onDiscard} disabled={props.saving || !props.dirty}>
          Discard changes
        </Button>
        {props.dirty ? (
          <Badge appearance="tint" color="warning">
            Unsaved changes
          </Badge>
        ) : null}
      </div>
      {errorList.length ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not saved: fix these first</MessageBarTitle>
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {errorList.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ErrorBar message={props.error} onDismiss={props.dismissError} />
    </div>
  );
}

/** The Framework tab: its hook wired to its view. */
export function FrameworkTab(deps: ViewDeps) {
  return <FrameworkView {...useFrameworkView(deps)} />;
}
