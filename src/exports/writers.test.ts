import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../domain/csv/formula-guard';
import { readCsv } from '../imports/formats/csv-read';
import { parseVcards } from '../imports/formats/vcard';
import { csvRow, personToCsv } from './csv-writer';
import { escapeText, foldLine, personToVcard, type VcardPerson } from './vcard-writer';

const person = (over: Partial<VcardPerson> = {}): VcardPerson => ({
  id: '9f1c2b3a-1111-4222-8333-444455556666',
  name: 'Grace Hopper',
  emails: ['grace@navy.example'],
  phones: ['+1 213 555 1234'],
  company: 'US Navy',
  title: 'Rear Admiral',
  location: 'Arlington, VA',
  links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/grace' }],
  tags: ['navy', 'cobol'],
  blurb: 'Invented the compiler.',
  updatedAt: '2026-01-15T09:00:00.000Z',
  ...over,
});

const readBack = (text: string) => {
  const items = [...parseVcards(text, { keepPhotos: true }).items];
  return items.map((it) => {
    if (!it.ok) throw new Error(it.errors.join());
    return it.record;
  });
};

describe('vCard 4.0 writer', () => {
  it('writes a card our importer (and ical.js) reads back', () => {
    const text = personToVcard(person());
    expect(text).toContain('VERSION:4.0\r\n');
    expect(text).toContain('TEL;VALUE=uri:tel:+12135551234\r\n');
    const [r] = readBack(text);
    expect(r).toMatchObject({
      formattedName: 'Grace Hopper',
      given: 'Grace',
      family: 'Hopper',
      orgs: [{ name: 'US Navy', units: [] }],
      titles: ['Rear Admiral'],
      categories: ['navy', 'cobol'],
      notes: ['Invented the compiler.'],
      uid: 'urn:uuid:9f1c2b3a-1111-4222-8333-444455556666',
    });
    expect(r!.emails.map((e) => e.value)).toEqual(['grace@navy.example']);
    expect(r!.urls.map((u) => u.value)).toEqual(['https://www.linkedin.com/in/grace']);
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const line = `NOTE:${'ü✓'.repeat(60)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(line);
  });

  it('round-trips any text through escaping, folding and parsing (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (name, note) => {
          const cleanName = name.replace(/[\r\n]/g, ' ').trim();
          fc.pre(cleanName.length > 0 && !/^\s*$/.test(cleanName));
          const noteText = note.replace(/\r\n?/g, '\n');
          const [r] = readBack(personToVcard(person({ name: cleanName, blurb: noteText })));
          expect(r!.formattedName).toBe(cleanName);
          expect(r!.notes.join('')).toBe(noteText.trim() ? noteText : '');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('escapes the characters vCard text reserves', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});

describe('CSV writer', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(csvRow([bad])).toBe(`"'${bad}"\r\n`);
    expect(csvRow(['plain'])).toBe('"plain"\r\n');
    expect(csvRow(['=HYPERLINK("http://evil")'])).toBe(`"'=HYPERLINK(""http://evil"")"\r\n`);
  });

  it('round-trips any cells through quoting and csv-parse (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 2, maxLength: 6 }),
        (cells) => {
          const header = cells.map((_, i) => `c${i}`);
          const table = readCsv(csvRow(header) + csvRow(cells));
          const expected = cells.map(neutraliseFormula);
          if (expected.every((c) => c.trim() === '')) expect(table.rows).toEqual([]);
          else expect(table.rows[0]!.cells).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes one row per person with multi-values joined', () => {
    const row = personToCsv({
      ...person(),
      emails: ['a@x.example', 'b@x.example'],
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(row).toContain('"a@x.example ::: b@x.example"');
    expect(row).toContain(`"'+1 213 555 1234"`);
  });
});
