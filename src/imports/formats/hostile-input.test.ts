// Uploads built to make the readers slow (issue 8, fault 1): each is classified and read in linear time.
// The bounds are hang guards only (a quadratic reader took minutes on these); speed belongs in bench/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, normaliseEmail, normalisePhone, urlKey } from '../../domain/contact/normalise';
import { toPerson } from '../to-person';
import { readCsv, readCsvInSteps } from './csv-read';
import { prepareFile, prepareFileInSteps } from './index';
import { hasCardStart, isCardMarker } from './vcard-markers';

const MB = 1024 * 1024;
// Generous: the machine running the suite may be busy (two test workers on two cores beside other work: 10 MB
// of blank lines before a vCard took 4.7 s alone at load 9, over 10 s inside a full run); a quadratic reader
// took minutes on these inputs.
const HANG_GUARD_MS = 20_000;

/** Runs `f` and fails the test when it took longer than the hang guard. */
function guarded<T>(f: () => T): T {
  const started = performance.now();
  const out = f();
  expect(performance.now() - started).toBeLessThan(HANG_GUARD_MS);
  return out;
}

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
};

describe('format detection of hostile uploads', () => {
  it('classifies 10 MB of blank lines after a CSV header as a CSV with no contacts', () => {
    const text = `Name,Email\n${'\n'.repeat(10 * MB)}`;
    expect(guarded(() => hasCardStart(text, 50))).toBe(false);
    expect(guarded(() => refusal(() => prepareFile(text, { keepPhotos: false })))).toMatch(
      /header row but no contacts/,
    );
  });

  it('classifies 10 MB of blank lines before a vCard as a vCard', () => {
    const text = `${'\n'.repeat(10 * MB)}BEGIN:VCARD\nFN:Ada\nEND:VCARD\n`;
    const prepared = guarded(() => prepareFile(text, { keepPhotos: false }));
    expect(prepared.format).toBe('vcard');
    expect(prepared.total).toBe(1);
  });

  it('refuses 1 MB of spaces as neither vCard nor CSV', () => {
    expect(guarded(() => refusal(() => prepareFile(`${' '.repeat(MB)}x`, { keepPhotos: false })))).toMatch(
      /neither a vCard/,
    );
  });

  it('reads BEGIN:VCARD followed by 1 MB of colons or semicolons as one card', () => {
    for (const filler of [':', ';', ';:']) {
      const text = `BEGIN:VCARD\nN${filler.repeat(MB / filler.length)}\nFN:Ada\nEND:VCARD\n`;
      const prepared = guarded(() => prepareFile(text, { keepPhotos: false }));
      expect(prepared.format).toBe('vcard');
      const items = guarded(() => [...prepared.items]);
      expect(items).toHaveLength(1);
    }
  });

  it('reads a CSV whose one quoted cell is 5 MB (letters, then line breaks)', () => {
    for (const cell of ['a'.repeat(5 * MB), '\n'.repeat(5 * MB)]) {
      const text = `First Name,Last Name,Notes\n"${cell}",Lee,x\n`;
      const table = guarded(() => readCsv(text));
      expect(table.rows).toHaveLength(1);
      expect(table.rows[0]!.cells[0]!.length).toBe(cell.length);
    }
  });

  it('reads alternating CR, LF and CRLF line breaks as blank lines', () => {
    const text = `Name,Email\n${'\r\n\n\r'.repeat(MB / 4)}Ada,ada@example.com\n`;
    const table = guarded(() => readCsv(text));
    expect(table.rows.map((r) => r.cells)).toEqual([['Ada', 'ada@example.com']]);
    // \r\n, \n and \r each end a line: three per repetition, after the header.
    expect(table.rows[0]!.lines).toEqual([2 + 3 * (MB / 4), 2 + 3 * (MB / 4)]);
    const vcard = `BEGIN:VCARD\r\n${'\r\n\n\r'.repeat(MB / 4)}FN:Ada\r\nEND:VCARD\r\n`;
    expect(guarded(() => [...prepareFile(vcard, { keepPhotos: false }).items])).toHaveLength(1);
  });

  it('reads a card whose property goes on over 300,000 folded lines', () => {
    const text = `BEGIN:VCARD\nNOTE\n${' a\n'.repeat(300_000)}FN:Ada\nEND:VCARD\n`;
    const [item] = guarded(() => [...prepareFile(text, { keepPhotos: false }).items]);
    expect(item?.ok).toBe(true);
  });

  it('maps cells of long blank runs and separators in every multi-value format', () => {
    const spaces = ' '.repeat(MB);
    const google = `Name,Given Name,Family Name,E-mail 1 - Value,E-mail 1 - Type\nAda,Ada,Lee,a${spaces}x,Work\n`;
    const mapped = `Full Name,Emails\nAda,a${spaces}x\n`;
    for (const [text, mapping] of [
      [google, undefined],
      [mapped, { name: 'Full Name', email: 'Emails' }],
    ] as const) {
      const prepared = guarded(() =>
        prepareFile(text, { keepPhotos: false, ...(mapping ? { mapping } : {}) }),
      );
      const [item] = guarded(() => [...prepared.items]);
      expect(item?.ok).toBe(true);
    }
  });
});

describe('one record holding a whole list', () => {
  it('maps 100,000 emails or tags in one cell (a JSON array, a semicolon list) in linear time, keeping the first', () => {
    const emails = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `p${i}@example.com`));
    const tags = Array.from({ length: 100_000 }, (_, i) => `t${i}`).join(';');
    const text = `Name,Emails,Tags\r\nAnn,"${emails.replaceAll('"', '""')}","${tags}"\r\n`;
    const [item] = [...prepareFile(text, { keepPhotos: false }).items];
    if (!item?.ok) throw new Error('the row did not read');
    const mapped = guarded(() => toPerson(item.record, { keepPhotos: false }));
    if (!mapped.ok) throw new Error(mapped.errors.join('; '));
    expect(mapped.contact.input.emails).toEqual(Array.from({ length: 20 }, (_, i) => `p${i}@example.com`));
    expect(mapped.contact.input.tags).toHaveLength(50);
  });

  it('reads only the first 100 of 100,000 phone numbers in one cell, keeps 20 and says so', () => {
    const phones = Array.from(
      { length: 100_000 },
      (_, i) => `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
    );
    const text = `Name,Phones\r\nAnn,"${phones.join(';')}"\r\n`;
    const [item] = [
      ...prepareFile(text, { keepPhotos: false, mapping: { name: 'Name', phone: 'Phones' } }).items,
    ];
    if (!item?.ok) throw new Error('the row did not read');
    expect(item.record.phones).toHaveLength(100_000);
    const mapped = guarded(() => toPerson(item.record, { keepPhotos: false }));
    if (!mapped.ok) throw new Error(mapped.errors.join('; '));
    expect(mapped.contact.input.phones).toEqual(phones.slice(0, 20));
    expect(mapped.contact.warnings).toContain(
      "Only the first 100 of the record's 100000 phone values were read",
    );
    expect(mapped.contact.warnings).toContain(
      'Only the first 20 phone numbers were kept (the record has 100)',
    );
  });
});

describe('normalising hostile values', () => {
  it('takes linear time on the shapes that used to backtrack', () => {
    expect(guarded(() => cleanText(`a${'\t'.repeat(MB)}x`))).toBe(`a${'\t'.repeat(MB)}x`);
    expect(guarded(() => normalisePhone(`+44 20 7946 0000${';a'.repeat(MB / 2)}`))).toBe('+44 20 7946 0000');
    expect(guarded(() => urlKey(`https://example.com/a${'/'.repeat(MB)}x`))).toMatch(/^example\.com\/a/);
    expect(guarded(() => normaliseEmail(`a@${'a.'.repeat(150)}`))).toBe(`a@${'a.'.repeat(150)}`);
    expect(guarded(() => normaliseEmail(`a@${'a.'.repeat(150)}@`))).toBeUndefined();
  });

  it('keeps the email rule: local@domain with a dot inside the domain', () => {
    expect(normaliseEmail('Ada@Example.com')).toBe('ada@example.com');
    for (const bad of ['a@b', 'a@.b', 'a@b.', 'a@@b.c', 'a b@c.d', 'a@b.c;d'])
      expect(normaliseEmail(bad)).toBeUndefined();
  });
});

describe('BEGIN:VCARD and END:VCARD lines', () => {
  it('accept any case and blanks around the words and the colon, nothing else', () => {
    for (const yes of ['BEGIN:VCARD', ' begin : vCard\t', 'Begin:VCARD '])
      expect(isCardMarker(yes, 'begin')).toBe(true);
    for (const no of ['BEGIN:VCARDS', 'BEGIN;VCARD', 'X-BEGIN:VCARD', 'BEGIN:VCARD:X', 'END:VCARD'])
      expect(isCardMarker(no, 'begin')).toBe(false);
    expect(isCardMarker('end:vcard', 'end')).toBe(true);
  });

  it('detection agrees with the old pattern applied line by line (property)', () => {
    // Line by line: across lines the old pattern also took "BEGIN" and ":VCARD" on two lines for a marker.
    const OLD_LINE = /^\s*begin\s*:\s*vcard\s*$/i;
    const OLD = { test: (text: string) => text.split(/\r\n|\n|\r/).some((l) => OLD_LINE.test(l)) };
    const piece = fc.constantFrom(
      'BEGIN',
      'begin',
      ':',
      'VCARD',
      'vcard',
      ' ',
      '\t',
      '\u00a0',
      '\u2028',
      '\n',
      '\r\n',
      '\r',
      'x',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(hasCardStart(text)).toBe(OLD.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the server reads a CSV in steps', () => {
  it('gets the same table as readCsv (property)', async () => {
    const piece = fc.constantFrom('a', ',', ' ', '"', '""', '"x\ny"', '"x\r\ny"', '\n', '\r\n', '\r', '\n\n');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (parts) => {
        const text = `h1,h2\n${parts.join('')}`;
        const sync = refusal(() => readCsv(text));
        if (sync !== 'accepted') {
          await expect(readCsvInSteps(text)).rejects.toThrow(sync);
          return;
        }
        expect(await readCsvInSteps(text)).toEqual(readCsv(text));
      }),
    );
  });

  it('lets timers run while it reads a large file', async () => {
    const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 60_000; i++) rows.push(`Ann${i},Lee,,ann${i}@example.com,Co,Role,01 Jan 2024`);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const prepared = await prepareFileInSteps(rows.join('\n'), { keepPhotos: false });
    clearInterval(timer);
    expect(prepared.total).toBe(60_000);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('lets timers run while it splits a large vCard file into cards', async () => {
    const text = `${'\n'.repeat(2 * MB)}BEGIN:VCARD\nFN:Ada\nEND:VCARD\n`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const prepared = await prepareFileInSteps(text, { keepPhotos: false });
    clearInterval(timer);
    expect(prepared).toMatchObject({ format: 'vcard', total: 1 });
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});
