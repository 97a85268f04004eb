// Which separator a CSV uses: commas, semicolons (German and French Excel), tabs, and Excel's "sep=" line,
// with separators inside quoted cells (fast-check over any table).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter } from './csv-read';

const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const write = (rows: string[][], d: string) => rows.map((r) => r.map(quote).join(d)).join('\r\n');

/** A cell: any text, separators, quotes and line breaks included, not blank (a blank row is skipped). */
const cell = fc.string({
  maxLength: 12,
  unit: fc.constantFrom('a', 'ß', ' ', ',', ';', '\t', '"', '\n', '1'),
});
/** Column names, distinct as the reader compares them (case aside: "Aa" and "aa" repeat, and become "aa (2)"). */
const header = fc.uniqueArray(fc.stringMatching(/^[A-Za-zé][A-Za-zé ]{0,10}[A-Za-zé]$/), {
  minLength: 2,
  maxLength: 6,
  selector: (name) => name.toLowerCase(),
});

describe('separator detection', () => {
  it('reads any table written with commas, semicolons or tabs back cell for cell', () => {
    fc.assert(
      fc.property(
        header.chain((h) =>
          fc.tuple(
            fc.constant(h),
            fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), {
              minLength: 1,
              maxLength: 5,
            }),
            fc.constantFrom(',', ';', '\t'),
          ),
        ),
        ([h, rows, d]) => {
          const kept = rows.filter((r) => r.some((c) => c.trim()));
          const table = readCsv(write([h, ...rows], d));
          expect(table.delimiter).toBe(d);
          expect(table.header).toEqual(h.map((c) => c.trim()));
          expect(table.rows.map((r) => r.cells)).toEqual(kept);
        },
      ),
    );
  });

  it("follows Excel's sep= line and counts it as a line of the file", () => {
    const table = readCsv('sep=;\r\nName;Company, Inc.\r\nAda;Engines, Ltd\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['Name', 'Company, Inc.']);
    expect(table.rows[0]).toEqual({ cells: ['Ada', 'Engines, Ltd'], lines: [3, 3] });
  });

  it('prefers the separator that splits the next lines like the header', () => {
    expect(sniffDelimiter('Name;Company, Inc., Ltd;Email', ['Ada;Engines;ada@x.example'])).toBe(';');
    expect(sniffDelimiter('Name;Company, Inc., Ltd;Email')).toBe(',');
    expect(sniffDelimiter('Primary Email', ['a@x.example'])).toBe(',');
    expect(sniffDelimiter('Nom\tPrénom\tCourriel', ['García\tLucía\tl@x.example'])).toBe('\t');
  });
});
