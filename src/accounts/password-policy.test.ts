import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { weakPasswordReason } from './password-policy';

describe('the new-password rule', () => {
  it('accepts a long, uncommon password, with spaces inside', () => {
    expect(weakPasswordReason('correct horse battery')).toBeUndefined();
  });

  it('refuses the passwords from the issue: 12345678, password and eight spaces', () => {
    for (const pw of ['12345678', 'password', '        ']) {
      expect(weakPasswordReason(pw), JSON.stringify(pw)).toBe('must be at least 10 characters');
    }
  });

  it('refuses every bundled common password whatever its case', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(1000);
    for (const pw of COMMON_PASSWORDS) {
      expect(weakPasswordReason(pw.toUpperCase()), pw).toBeDefined();
    }
  });

  it('refuses only spaces and one character repeated', () => {
    expect(weakPasswordReason(' '.repeat(12))).toBe('must not be only spaces');
    expect(weakPasswordReason('\t'.repeat(12))).toBe('must not be only spaces');
    expect(weakPasswordReason('z'.repeat(12))).toBe('must not be one character repeated');
  });
});
