import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { randomKey, shiftId, shiftIdsIn, ZERO_KEY } from './id-key';

describe('shiftId', () => {
  it('is its own inverse, keeps UUIDs valid and changes them unless the key is zero', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 4 }), fc.integer(), (id, _) => {
        const key = randomKey();
        const shifted = shiftId(id, key);
        expect(shifted).not.toBe(id);
        expect(shiftId(shifted, key)).toBe(id);
        expect(z.uuid().safeParse(shifted).success).toBe(true);
        expect(shifted[14]).toBe(id[14]);
      }),
    );
    const id = randomUUID();
    expect(shiftId(id, ZERO_KEY)).toBe(id);
  });

  it('refuses what is not a UUID under every key, the zero key included', () => {
    for (const key of [ZERO_KEY, randomKey()])
      for (const id of ['not-a-uuid', `${randomUUID()}\u0000`, '', `${randomUUID()}x`])
        expect(() => shiftId(id, key), `${JSON.stringify(id)} under ${key}`).toThrow(/not a UUID/);
  });
});

describe('shiftIdsIn', () => {
  it('shifts every UUID inside a text and nothing else, reversibly', () => {
    const id = randomUUID();
    const key = randomKey();
    const text = `<${id}@mail.example>`;
    const shifted = shiftIdsIn(text, key);
    expect(shifted).toBe(`<${shiftId(id, key)}@mail.example>`);
    expect(shiftIdsIn(shifted, key)).toBe(text);
    expect(shiftIdsIn(text, ZERO_KEY)).toBe(text);
  });
});
