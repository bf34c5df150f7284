/** A small, strict parser for `pmf COMMAND [FILE] --flag value ...`. */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly command: string;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
  /** Every value of a repeatable flag, in the order given. */
  readonly repeated: ReadonlyMap<string, readonly string[]>;
}

/** Flags that take no value. */
const SWITCHES = new Set(['json', 'stats', 'help', 'quiet']);
/** Flags that may be given more than once (read with Flags.all). */
const REPEATABLE = new Set(['where', 'map', 'id']);
/** Flags whose value may be left out (`--table` alone: the sheet's used range); read with Flags.optional. */
const OPTIONAL_VALUE = new Set(['table']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (SWITCHES.has(name)) {
        flags.set(name, true);
        continue;
      }
      if (OPTIONAL_VALUE.has(name) && eq < 0 && (rest[i + 1] === undefined || rest[i + 1].startsWith('--'))) {
        if (flags.has(name)) throw new UsageError(`--${name} is given twice`);
        flags.set(name, true);
        continue;
      }
      const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (REPEATABLE.has(name)) {
        repeated.set(name, [...(repeated.get(name) ?? []), value]);
        continue;
      }
      if (flags.has(name)) throw new UsageError(`--${name} is given twice`);
      flags.set(name, value);
    } else if (a === '-h') {
      flags.set('help', true);
    } else {
      positional.push(a);
    }
  }
  return { command, positional, flags, repeated };
}

export class Flags {
  private readonly used = new Set<string>();
  constructor(private readonly parsed: ParsedArgs) {}

  /** Whether the flag was given (without counting it as used). */
  has(name: string): boolean {
    return this.parsed.flags.has(name) || this.parsed.repeated.has(name);
  }
  /** Every value of a repeatable flag (see REPEATABLE), in the order given; [] when not given. */
  all(name: string): readonly string[] {
    this.used.add(name);
    return this.parsed.repeated.get(name) ?? [];
  }
  string(name: string): string | undefined {
    this.used.add(name);
    const v = this.parsed.flags.get(name);
    if (v === true) throw new UsageError(`--${name} needs a value`);
    return v;
  }
  required(name: string): string {
    const v = this.string(name);
    if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
    return v;
  }
  /** A flag whose value may be left out (see OPTIONAL_VALUE): its value, true when given alone, else undefined. */
  optional(name: string): string | true | undefined {
    this.used.add(name);
    return this.parsed.flags.get(name);
  }
  switch(name: string): boolean {
    this.used.add(name);
    return this.parsed.flags.get(name) === true;
  }
  number(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/[,£%\s]/g, ''));
    if (v.trim() === '' || !Number.isFinite(n))
      throw new UsageError(`--${name} must be a number, not '${v}'`);
    return n;
  }
  wholeNumber(name: string): number | undefined {
    const n = this.number(name);
    if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
      throw new UsageError(
        `--${name} must be a whole number of 1 or more, not '${this.parsed.flags.get(name)}'`,
      );
    }
    return n;
  }
  isoDate(name: string): string | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== v)
      throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not '${v}'`);
    return v;
  }
  /** Fails on flags the command does not know, so a typo never passes silently. */
  done(): void {
    for (const name of [...this.parsed.flags.keys(), ...this.parsed.repeated.keys()]) {
      if (!this.used.has(name) && name !== 'help')
        throw new UsageError(`unknown option --${name} for 'pmf ${this.parsed.command}'`);
    }
  }
}

/**
 * Parses CSV text (RFC 4180: quotes, doubled quotes, commas and newlines inside quotes). Blank rows are kept,
 * so an index into the result is the row number a spreadsheet shows, less one.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Whether a CSV row holds nothing (a blank line, or only commas as spreadsheets export). */
export function isBlankCsvRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}
