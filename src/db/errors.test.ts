import { describe, expect, it } from 'vitest';
import { isUniqueViolation, uniqueViolation } from './errors';

describe('uniqueViolation', () => {
  it('finds SQLSTATE 23505 on the error itself, with the constraint the driver named', () => {
    expect(uniqueViolation({ code: '23505', constraint: 'introductions_open_pair_key' })).toEqual({
      constraint: 'introductions_open_pair_key',
    });
  });

  it('finds it wrapped in causes (as Drizzle wraps the driver error)', () => {
    const driver = Object.assign(new Error('duplicate key'), { code: '23505' });
    const wrapped = new Error('Failed query', { cause: new Error('outer', { cause: driver }) });
    expect(uniqueViolation(wrapped)).toEqual({});
    expect(isUniqueViolation(wrapped)).toBe(true);
  });

  it('is undefined for other database errors and for things that are not errors', () => {
    expect(uniqueViolation({ code: '23503', constraint: 'fk' })).toBeUndefined();
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});
