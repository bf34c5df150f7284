import { useEffect, useState } from 'react';
import { Input, type InputProps } from '@fluentui/react-components';
import { isIsoDate, parseUkDate, ukNumericDate } from '../format';

export interface UkDateInputProps extends Omit<InputProps, 'value' | 'onChange' | 'type'> {
  /** ISO date ('2025-03-31'), '' for none, or the text typed when it is not a date yet. */
  readonly value: string;
  /** Called with the ISO date once the text is one, else with the text as typed (so it can be refused). */
  readonly onChange: (value: string) => void;
}

/**
 * A date typed and shown the UK way (31/03/2025), whatever the browser's own date box would do (month first
 * in many). Day first always; '31 Mar 2025' and ISO are understood too.
 */
export function UkDateInput({ value, onChange, ...rest }: UkDateInputProps) {
  const shown = (v: string) => (isIsoDate(v) ? ukNumericDate(v) : v);
  const [text, setText] = useState(() => shown(value));
  // A date set from outside (the workbook's as-at date) replaces what is shown, unless it is what was typed.
  useEffect(() => {
    setText((t) => (parseUkDate(t) === value || t === value ? t : shown(value)));
  }, [value]);
  return (
    <Input
      {...rest}
      value={text}
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      onChange={(_, d) => {
        setText(d.value);
        onChange(d.value.trim() === '' ? '' : (parseUkDate(d.value) ?? d.value));
      }}
      onBlur={(e) => {
        const iso = parseUkDate(text);
        if (iso) setText(ukNumericDate(iso));
        rest.onBlur?.(e);
      }}
    />
  );
}
