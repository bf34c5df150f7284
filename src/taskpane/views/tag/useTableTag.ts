import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { proposeMap } from '../../../domain/tables/header';
import { SOURCES, headerKey, measuresNeeding, requiredFields } from '../../../domain/tables/sources';
import type { Field, TableSource } from '../../../domain/tables/types';
import type {
  PmfService,
  SelectionInfo,
  TableAtSelection,
  TablePreview,
  TableTagRequest,
  TagListItem,
} from '../../../excel/operations-types';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../errors';

/** A field the officer maps: the 903 name, whether a measure needs it, and which. */
export interface FieldChoice {
  readonly field: Field;
  readonly needed: boolean;
  readonly measures: readonly string[];
}

export interface TableTagModel {
  /** The table around the selection; null when the selection is not in one. */
  readonly table: TableAtSelection | null;
  readonly sheet: string | null;
  /** The tag of this table, when it is tagged already. */
  readonly tagged: TagListItem | null;
  /** 'recognised': the headers are a 903 table's; 'map': the officer maps the columns. */
  readonly mode: 'recognised' | 'map';
  readonly source: TableSource;
  readonly setSource: (source: TableSource) => void;
  readonly fields: readonly FieldChoice[];
  /** Field -> the header chosen for it ('' for none). */
  readonly mapping: Readonly<Record<Field, string>>;
  readonly setMapping: (field: Field, header: string) => void;
  /** Field -> the officer's words for codes, as typed: 'Absconded=M, Gone=M'. */
  readonly words: Readonly<Record<Field, string>>;
  readonly setWords: (field: Field, text: string) => void;
  /** Code fields mapped to a column of the table's own (where its own words are likely). */
  readonly wordFields: readonly Field[];
  /** Columns a measure needs that have no header chosen. */
  readonly missing: readonly Field[];
  /** Why the words typed cannot be read, or null. */
  readonly wordsError: string | null;
  readonly onMapInstead: () => void;
  /** A table whose headers are its own is offered folded: the officer opens the map when it is a table. */
  readonly open: boolean;
  readonly preview: TablePreview | null;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onPreview: () => void;
  readonly onSave: () => void;
  readonly dismissError: () => void;
}

/** Code fields whose words an officer may map to 903 codes. */
const CODE_FIELDS: ReadonlySet<Field> = new Set([
  'MISSING',
  'REVIEW_CODE',
  'IN_TOUCH',
  'ACTIV',
  'ACCOM',
  'RNE',
  'LS',
  'PLACE',
  'REC',
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
]);

/** 'Absconded=M, Gone = M' -> { Absconded: 'M', Gone: 'M' }; a string saying what is wrong otherwise. */
export function parseWords(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of text.split(/[,;\n]/)) {
    const t = part.trim();
    if (t === '') continue;
    const eq = t.lastIndexOf('=');
    if (eq <= 0 || eq === t.length - 1) return `'${t}' is not a word and a code, such as Absconded=M`;
    out[t.slice(0, eq).trim()] = t
      .slice(eq + 1)
      .trim()
      .toUpperCase();
  }
  return out;
}

function initialMapping(table: TableAtSelection, source: TableSource): Record<Field, string> {
  const byKey = new Map(table.headers.map((h) => [headerKey(h.text), h.text]));
  const out: Record<Field, string> = {};
  for (const f of SOURCES[source].read) out[f] = byKey.get(headerKey(f)) ?? '';
  for (const [f, h] of Object.entries(proposeMap(source, table.headers))) if (!out[f]) out[f] = h;
  return out;
}

/** The Tag view's table panel: recognise or map a child-level table, preview what it gives, save its tag. */
export function useTableTag({
  service,
  selection,
  tags,
  asAt,
  onTagged,
}: {
  service: PmfService;
  selection: SelectionInfo | null;
  tags: readonly TagListItem[];
  /** The workbook's as-at date: the preview works out the year ending on it. */
  asAt: string;
  onTagged: () => Promise<unknown>;
}): TableTagModel {
  const table = selection?.table ?? null;
  const sheet = selection?.sheet ?? null;
  const key = table && sheet ? `${sheet}!${table.headerRow}` : '';
  const [forcedMap, setForcedMap] = useState(false);
  const [source, setSourceState] = useState<TableSource>(table?.recognised ?? 'missing');
  const [mapping, setMappingState] = useState<Record<Field, string>>(() =>
    table ? initialMapping(table, table.recognised ?? 'missing') : {},
  );
  const [words, setWordsState] = useState<Record<Field, string>>({});
  const [preview, setPreview] = useState<TablePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useNotices();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Another table (or none) is selected: start again from what its headers say.
  useEffect(() => {
    if (!table) return;
    const s = table.recognised ?? 'missing';
    setForcedMap(false);
    setSourceState(s);
    setMappingState(initialMapping(table, s));
    setWordsState({});
    setPreview(null);
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const tagged = useMemo(
    () =>
      sheet === null
        ? null
        : (tags.find(
            (t) =>
              t.tag.kind === 'table' && t.tag.sheet === sheet && (selection?.tagIds ?? []).includes(t.tag.id),
          ) ?? null),
    [tags, sheet, selection],
  );

  const mode: 'recognised' | 'map' =
    table && table.recognised !== null && table.complete && !forcedMap && source === table.recognised
      ? 'recognised'
      : 'map';
  const needed = new Set(requiredFields(source));
  const fields: FieldChoice[] = SOURCES[source].read.map((f) => ({
    field: f,
    needed: needed.has(f),
    measures: measuresNeeding(source, f),
  }));
  const missing = fields.filter((f) => f.needed && !mapping[f.field]).map((f) => f.field);
  const wordFields = fields
    .map((f) => f.field)
    .filter((f) => CODE_FIELDS.has(f) && mapping[f] && headerKey(mapping[f]) !== headerKey(f));

  const parsedWords: Record<Field, Record<string, string>> = {};
  let wordsError: string | null = null;
  for (const f of wordFields) {
    const parsed = parseWords(words[f] ?? '');
    if (typeof parsed === 'string') wordsError = `${f}: ${parsed}`;
    else if (Object.keys(parsed).length > 0) parsedWords[f] = parsed;
  }

  const request = (): TableTagRequest | null => {
    if (!table || !sheet) return null;
    const map: Record<Field, string> = {};
    for (const f of SOURCES[source].read) {
      const h = mapping[f];
      if (h && headerKey(h) !== headerKey(f)) map[f] = h;
    }
    return {
      kind: 'table',
      sheet,
      source,
      ...(table.range ? { range: table.range } : {}),
      ...(Object.keys(map).length > 0 ? { map } : {}),
      ...(Object.keys(parsedWords).length > 0 ? { values: parsedWords } : {}),
    };
  };

  const onPreview = useCallback(() => {
    const req = request();
    if (!req) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const p = await service.previewTable(req, asAt);
        if (alive.current) setPreview(p);
      } catch (e) {
        if (alive.current) setError(describeError(e, { sheet: req.sheet }));
      } finally {
        if (alive.current) setBusy(false);
      }
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, table, sheet, source, mapping, words, asAt]);

  const onSave = useCallback(() => {
    const req = request();
    if (!req) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const made = await service.tag(req);
        if (!alive.current) return;
        const label = preview?.table ?? `${SOURCES[req.source].name} on '${req.sheet}'`;
        notify({
          text: `Tagged ${label}: its measures are on the Figures tab.`,
          undo: async () => {
            await service.untag(made.id);
            await onTagged();
            return `Untagged ${label} again.`;
          },
        });
        setPreview(null);
      } catch (e) {
        if (alive.current) setError(describeError(e, { sheet: req.sheet }));
        return;
      } finally {
        if (alive.current) setBusy(false);
      }
      await onTagged();
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, table, sheet, source, mapping, words, preview, onTagged, notify]);

  return {
    table,
    sheet,
    tagged,
    mode,
    source,
    setSource: (s) => {
      setSourceState(s);
      if (table) setMappingState(initialMapping(table, s));
      setPreview(null);
    },
    fields,
    mapping,
    setMapping: (field, header) => {
      setMappingState((m) => ({ ...m, [field]: header }));
      setPreview(null);
    },
    words,
    setWords: (field, text) => {
      setWordsState((w) => ({ ...w, [field]: text }));
      setPreview(null);
    },
    wordFields,
    missing,
    wordsError,
    onMapInstead: () => setForcedMap(true),
    open: forcedMap || (table?.recognised ?? null) !== null,
    preview,
    busy,
    error,
    onPreview,
    onSave,
    dismissError: () => setError(null),
  };
}
