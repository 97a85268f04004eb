import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSourceKey, SOURCE_KEY_PATTERN, sourceKey } from './list-options';

describe('source keys', () => {
  it('name an import by its id and every other source by its kind, and read back the same', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const source = { kind: 'import' as const, importId: id };
        expect(parseSourceKey(sourceKey(source))).toEqual(source);
        expect(SOURCE_KEY_PATTERN.test(sourceKey(source))).toBe(true);
      }),
    );
    for (const kind of ['hand', 'demo', 'request', 'import'] as const)
      expect(parseSourceKey(sourceKey({ kind, importId: null }))).toEqual({ kind, importId: null });
  });

  it('refuses anything else, as the API pattern does', () => {
    for (const key of ['linkedin', '', 'HAND', 'hand ', '123']) {
      expect(parseSourceKey(key)).toBeNull();
      expect(SOURCE_KEY_PATTERN.test(key)).toBe(false);
    }
  });
});
