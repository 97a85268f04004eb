import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportRecordJson } from '../db/schema';
import { compactRecord, expandRecord, needsAttention } from './report';

const text = fc.string({ maxLength: 8 });
const record: fc.Arbitrary<ImportRecordJson> = fc.record({
  seq: fc.nat(),
  lines: fc.tuple(fc.nat(), fc.nat()),
  outcome: fc.constantFrom('created', 'merged', 'skipped', 'failed'),
  personId: fc.option(fc.uuid(), { nil: null }),
  name: text,
  reasons: fc.array(text, { maxLength: 2 }),
  warnings: fc.array(text, { maxLength: 2 }),
  conflicts: fc.array(fc.record({ field: text, existing: text, incoming: text }), { maxLength: 2 }),
  possibleDuplicates: fc.array(fc.record({ personId: fc.uuid(), name: text, reason: text }), {
    maxLength: 2,
  }),
});

describe('stored report entries', () => {
  it('come back as they were, in the same key order (property)', () => {
    fc.assert(
      fc.property(record, (r) => {
        const stored = JSON.parse(JSON.stringify(compactRecord(r)));
        expect(JSON.stringify(expandRecord(stored))).toBe(JSON.stringify(r));
      }),
    );
  });

  it('leave out what is empty', () => {
    const r: ImportRecordJson = {
      seq: 3,
      lines: [5, 5],
      outcome: 'created',
      personId: null,
      name: 'Ada',
      reasons: [],
      warnings: [],
      conflicts: [],
      possibleDuplicates: [],
    };
    expect(compactRecord(r)).toEqual({ seq: 3, lines: [5, 5], outcome: 'created', name: 'Ada' });
  });
});

describe('records that need a look', () => {
  const base: ImportRecordJson = {
    seq: 1,
    lines: [2, 2],
    outcome: 'skipped',
    personId: null,
    name: 'Brouwerij De Kat',
    reasons: ['The file marks this row as an organisation'],
    warnings: [],
    conflicts: [],
    possibleDuplicates: [],
  };
  it('include a row left out with no one to point at (an organisation), not one skipped as imported before', () => {
    expect(needsAttention(base)).toBe(true);
    expect(needsAttention({ ...base, personId: '7f1c2c9e-8d5e-4a53-9b7e-3d2f0a1b6c4d' })).toBe(false);
  });
});
