import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodFieldErrors } from './errors';

describe('zodFieldErrors', () => {
  const strict = z.strictObject({ name: z.string().optional() });

  it('names an unknown empty key as "" with the pointer to it, never as an empty field', () => {
    const result = strict.safeParse({ '': false });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!)).toEqual([
      { field: '""', pointer: '/', message: 'is not a known field' },
    ]);
  });

  it('escapes ~ and / of an unknown key in its JSON pointer', () => {
    const result = z.strictObject({ a: strict }).safeParse({ a: { 'x/y~z': 1 } });
    expect(zodFieldErrors(result.error!)).toEqual([
      { field: 'a.x/y~z', pointer: '/a/x~1y~0z', message: 'is not a known field' },
    ]);
  });
});
