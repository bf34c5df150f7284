import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  Badge,
  Field,
  SearchBox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { Framework } from '../../domain/framework/types';
import { pickerGroups } from './measureSearch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    maxHeight: '240px',
    overflowY: 'auto',
    overflowX: 'hidden',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  groupTitle: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    position: 'sticky',
    top: 0,
  },
  option: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    minWidth: 0,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `2px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  selected: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  id: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  empty: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

export interface MeasurePickerProps {
  readonly framework: Framework;
  /** Ranked suggestions, shown first under the heading 'Suggested for this row'. */
  readonly suggestions?: readonly { readonly measureId: string; readonly score: number }[];
  readonly value: string | null;
  readonly onChange: (measureId: string) => void;
  readonly label?: string;
  readonly hint?: string;
}

function safeId(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * A searchable list of measures grouped by KLOE (search by id, name or KLOE title). The search box is an ARIA
 * combobox over an always-visible listbox: Arrow keys move, Enter picks, Escape clears the search.
 */
export function MeasurePicker({
  framework,
  suggestions = [],
  value,
  onChange,
  label = 'Measure',
  hint,
}: MeasurePickerProps) {
  const styles = useStyles();
  const baseId = useId('measure-picker');
  const listId = `${baseId}-list`;
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const groups = useMemo(() => pickerGroups(framework, query, suggestions), [framework, query, suggestions]);
  const flat = useMemo(() => groups.flatMap((g) => g.measures.map((m) => m.id)), [groups]);
  const optionId = (measureId: string) => `${baseId}-opt-${safeId(measureId)}`;
  const active = activeId !== null && flat.includes(activeId) ? activeId : null;
  const selected = value ? framework.measures.find((m) => m.id === value) : undefined;

  useEffect(() => {
    if (active === null) return;
    const el = document.getElementById(`${baseId}-opt-${safeId(active)}`);
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [active, baseId]);

  const move = (delta: number) => {
    if (flat.length === 0) return;
    const at = active === null ? (delta > 0 ? -1 : flat.length) : flat.indexOf(active);
    const next = Math.min(flat.length - 1, Math.max(0, at + delta));
    setActiveId(flat[next]);
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    switch (ev.key) {
      case 'ArrowDown':
        ev.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        ev.preventDefault();
        move(-1);
        break;
      case 'PageDown':
        ev.preventDefault();
        move(8);
        break;
      case 'PageUp':
        ev.preventDefault();
        move(-8);
        break;
      case 'Enter':
        if (active !== null) {
          ev.preventDefault();
          onChange(active);
        }
        break;
      case 'Escape':
        if (query) {
          ev.preventDefault();
          setQuery('');
          setActiveId(null);
        }
        break;
      default:
        break;
    }
  };

  return (
    <div className={styles.root}>
      <Field label={label} hint={hint ?? 'Search by id, name or KLOE. Arrow keys move, Enter picks.'}>
        <SearchBox
          value={query}
          onChange={(_, data) => {
            setQuery(data.value);
            const next = pickerGroups(framework, data.value, suggestions).flatMap((g) =>
              g.measures.map((m) => m.id),
            );
            setActiveId(data.value.trim() && next.length ? next[0] : null);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={true}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active !== null ? optionId(active) : undefined}
          placeholder="e.g. H01, health, stability"
        />
      </Field>
      <Text size={200} aria-live="polite">
        {selected ? `Selected: ${selected.id} ${selected.name}` : 'No measure selected'}
      </Text>
      <div id={listId} role="listbox" aria-label="Measures" className={styles.list}>
        {groups.length === 0 ? (
          <div className={styles.empty} role="presentation">
            No measure matches ‘{query}’.
          </div>
        ) : null}
        {groups.map((g) => {
          const headingId = `${baseId}-grp-${safeId(g.key)}`;
          return (
            <div key={g.key} role="group" aria-labelledby={headingId}>
              <span id={headingId} className={styles.groupTitle} role="presentation">
                {g.title}
              </span>
              {g.measures.map((m) => (
                <div
                  key={m.id}
                  id={optionId(m.id)}
                  role="option"
                  aria-selected={m.id === value}
                  className={mergeClasses(
                    styles.option,
                    m.id === active && styles.active,
                    m.id === value && styles.selected,
                  )}
                  onMouseDown={(ev) => ev.preventDefault()}
                  onClick={() => {
                    setActiveId(m.id);
                    onChange(m.id);
                  }}
                >
                  <span className={styles.id}>{m.id}</span>
                  <span className={styles.name}>{m.name}</span>
                  {m.custom ? (
                    <Badge className={styles.badge} size="small" appearance="outline" color="informative">
                      Custom
                    </Badge>
                  ) : null}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
