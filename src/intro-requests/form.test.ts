import { describe, expect, it } from 'vitest';
import { HONEYPOT_FIELD, REQUEST_FIELD_LIMITS, readRequestForm } from './form';

const valid = {
  name: ' Rita ',
  email: ' Rita@Example.COM ',
  wantsToMeet: 'a climate investor',
  why: 'Raising a seed round',
  about: 'Rita runs Warmly.',
};

describe('readRequestForm', () => {
  it('accepts a complete form, trimmed, with the email lower-cased', () => {
    expect(readRequestForm(valid)).toEqual({
      kind: 'ok',
      request: { ...valid, name: 'Rita', email: 'rita@example.com' },
    });
  });

  it('treats a filled honeypot as a bot whatever else is posted', () => {
    expect(readRequestForm({ ...valid, [HONEYPOT_FIELD]: 'x' })).toEqual({ kind: 'bot' });
    expect(readRequestForm({ [HONEYPOT_FIELD]: 'http://spam' })).toEqual({ kind: 'bot' });
    expect(readRequestForm({ ...valid, [HONEYPOT_FIELD]: '   ' }).kind).toBe('ok');
  });

  it('names every field that is missing, empty or too long, and keeps what was entered within limits', () => {
    const v = readRequestForm({
      ...valid,
      name: '',
      why: 'w'.repeat(REQUEST_FIELD_LIMITS.why + 5),
      email: 'nope',
    });
    expect(v.kind).toBe('invalid');
    if (v.kind !== 'invalid') return;
    expect(Object.keys(v.errors).sort()).toEqual(['email', 'name', 'why']);
    expect(v.errors.why).toBe('must be at most 2000 characters');
    expect(v.entered.why).toHaveLength(REQUEST_FIELD_LIMITS.why);
    expect(readRequestForm({}).kind).toBe('invalid');
  });

  it('refuses a name on two lines and hidden text-direction characters', () => {
    expect(readRequestForm({ ...valid, name: 'Rita\nBcc: x' }).kind).toBe('invalid');
    expect(readRequestForm({ ...valid, about: 'evil\u202Etxt' }).kind).toBe('invalid');
  });
});
