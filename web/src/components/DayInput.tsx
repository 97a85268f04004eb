// A day field that writes the day as the rest of the app does ("7 Dec 2026"): a native date field shows the
// browser's own format instead (01/01/2026 in US English), beside sentences that say "7 Dec 2026".
import { ActionIcon, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { formatCalendarDate, parseDay } from '../lib/dates';
import { IconCalendar } from './icons';

export function DayInput({
  label,
  value,
  onChange,
  w,
}: {
  label: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (ymd: string) => void;
  w?: number;
}) {
  const [text, setText] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const invalid = text !== null && text.trim() !== '' && parseDay(text) === null;
  const type = (typed: string) => {
    setText(typed);
    const ymd = parseDay(typed);
    if (ymd !== null || typed.trim() === '') onChange(ymd ?? '');
  };
  return (
    <TextInput
      label={label}
      w={w}
      placeholder="7 Dec 2026"
      value={text ?? (value ? formatCalendarDate(value) : '')}
      onChange={(e) => type(e.currentTarget.value)}
      // Once left, a day that was read is shown the app's way; one that was not stays, flagged.
      onBlur={() => !invalid && setText(null)}
      error={invalid ? 'Write a day like 7 Dec 2026' : undefined}
      rightSection={
        <>
          {/* The browser's calendar, kept for picking; its own text (in the browser's format) is never shown. */}
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden
            value={value}
            onChange={(e) => {
              setText(null);
              onChange(e.currentTarget.value);
            }}
            style={{ position: 'absolute', opacity: 0, width: 1, height: 1, pointerEvents: 'none' }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Pick a day for ${label}`}
            onClick={() => picker.current?.showPicker()}
          >
            <IconCalendar size={16} />
          </ActionIcon>
        </>
      }
    />
  );
}
