import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './formula-guard';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil")'])
      expect(neutraliseFormula(bad)).toBe(`'${bad}`);
  });

  it('leaves every other cell as it is, and never answers a cell that starts a formula (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (cell) => {
        const safe = neutraliseFormula(cell);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe === cell || safe === `'${cell}`).toBe(true);
        if (!/^[=+\-@\t\r]/.test(cell)) expect(safe).toBe(cell);
      }),
    );
  });
});
