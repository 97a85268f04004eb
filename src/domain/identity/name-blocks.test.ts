import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_BLOCK_CAP } from './limits';
import { comparedMembers, nameBlocks } from './name-blocks';

describe('name blocks', () => {
  it('puts names that could be one person in a shared block', () => {
    const shares = (a: string, b: string) => nameBlocks(a).some((x) => nameBlocks(b).includes(x));
    expect(shares('jonathan smith', 'j smith')).toBe(true);
    expect(shares('jonathan smith', 'jonathan smyth')).toBe(true);
    expect(shares('smith jonathan', 'jonathan smith')).toBe(true);
    expect(shares('ada lovelace', 'grace hopper')).toBe(false);
    expect(nameBlocks('')).toEqual([]);
  });

  it('compares only the newest NAME_BLOCK_CAP members of a block (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: NAME_BLOCK_CAP * 3 }), (n) => {
        const block = Array.from({ length: n }, (_, i) => i);
        const compared = comparedMembers(block);
        expect(compared).toHaveLength(Math.min(n, NAME_BLOCK_CAP));
        expect(compared.at(-1)).toBe(block.at(-1));
      }),
    );
  });
});
