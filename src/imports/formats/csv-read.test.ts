import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-read';

/**
 * The line numbers as csv-parse's per-record info gives them (what readCsv used to ask it for), on the
 * text with CRLF turned into LF: the lines are the same, and csv-parse counts a CRLF inside a quoted
 * field as two lines.
 */
function referenceLines(text: string): [number, number][] {
  const records = parse(text.replace(/\r\n/g, '\n'), {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    delimiter: ',',
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records
    .map(({ record, info }): [string[], [number, number]] => {
      let breaks = 0;
      for (const cell of record) {
        breaks += cell.match(/\n/g)?.length ?? 0;
      }
      return [record, [info.lines - breaks, info.lines]];
    })
    .slice(1)
    .filter(([cells]) => cells.some((c) => c.trim() !== ''))
    .map(([, lines]) => lines);
}

describe('readCsv line numbers', () => {
  it('agree with csv-parse for blank lines and quoted line breaks, with LF or CRLF (property)', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      ',',
      ' ',
      '"',
      '""',
      '"x\ny"',
      '"x\r\ny"',
      '"\n\n"',
      '\n',
      '\r\n',
      '\n\n',
    );
    const text = fc
      .tuple(fc.nat(2), fc.array(piece, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
      .map(([blank, body, nl]) => `${nl.repeat(blank)}h1,h2${nl}${body.join('').replace(/\r?\n/g, nl)}`);
    let compared = 0;
    fc.assert(
      fc.property(text, (t) => {
        let expected: [number, number][];
        try {
          expected = referenceLines(t);
        } catch {
          return; // not readable either way (an unclosed quote)
        }
        expect(readCsv(t, { delimiter: ',' }).rows.map((r) => r.lines)).toEqual(expected);
        compared++;
      }),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(500);
  });

  it('count a CRLF inside a quoted field as one line break', () => {
    const text = 'Name,Notes\r\nAda,"first\r\nsecond"\r\nGrace,x\r\n';
    expect(readCsv(text).rows.map((r) => r.lines)).toEqual([
      [2, 3],
      [4, 4],
    ]);
  });

  it('any mix of CRLF, LF and CR between records yields the same records (property)', () => {
    const cell = fc.constantFrom('a', 'b c', '', '"q,1"', '"x\ny"', '"x\r\ny"', '"x\ry"', '""""');
    // Not a blank record: a CR, a blank line and an LF are one CRLF (a different text, not a mix).
    const record = fc
      .array(cell, { minLength: 1, maxLength: 4 })
      .map((cs) => cs.join(','))
      .filter((r) => r !== '');
    const nl = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, nl), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (recs, last) => {
          const body = (ends: string[]) =>
            recs.map(([r], i) => r + (i < recs.length - 1 || last ? ends[i] : '')).join('');
          const mixed = `h1,h2,h3,h4${recs[0]![1]}${body(recs.map(([, e]) => e))}`;
          const lf = `h1,h2,h3,h4\n${body(recs.map(() => '\n'))}`;
          const a = readCsv(mixed, { delimiter: ',' });
          const b = readCsv(lf, { delimiter: ',' });
          expect(a.header).toEqual(b.header);
          // The same cells (line breaks inside quotes kept as written) on the same lines.
          expect(a.rows).toEqual(b.rows);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('repeated headers', () => {
  it('are named with their rank, so that a mapping can name each column', () => {
    const t = readCsv('"Titre","Prénom","Titre","titre"\n"Mme","Élodie","Directrice","x"\n');
    expect(t.header).toEqual(['Titre', 'Prénom', 'Titre (2)', 'titre (3)']);
    expect(t.rows[0]!.cells).toEqual(['Mme', 'Élodie', 'Directrice', 'x']);
  });
});

describe('title lines above the header', () => {
  const isColumnName = (c: string) => ['First Name', 'Last Name', 'Email', 'Phone', 'Name'].includes(c);

  it('are skipped when a line below names several columns and the first names hardly any', () => {
    const text =
      'Report Generated:,"Dec 4, 2026"\nTopic,Webinar ID\n\nRegistrant Report,\nFirst Name,Last Name,Email\nAna,Lee,ana@x.example\n';
    const t = readCsv(text, { isColumnName });
    expect(t.header).toEqual(['First Name', 'Last Name', 'Email']);
    expect(t.headerLine).toBe(5);
    expect(t.rows).toEqual([{ cells: ['Ana', 'Lee', 'ana@x.example'], lines: [6, 6] }]);
  });

  it('are not looked for when the first line already names columns', () => {
    const t = readCsv('Name,Email,Notes\nFirst Name,Last Name,Email\n', { isColumnName });
    expect(t.header).toEqual(['Name', 'Email', 'Notes']);
  });
});
