import { describe, expect, it } from 'vitest';
import { type PreviewInput, previewConsentRequest } from './consent-preview';

const person = (name: string, caveats: { id: string; text: string }[] = []) => ({
  name,
  title: 'Engineer',
  company: `${name} Ltd`,
  emails: [`${name.toLowerCase()}@example.com`],
  caveats,
});

const input = (over: Partial<PreviewInput> = {}): PreviewInput => ({
  connector: { name: 'Cora', email: 'cora@example.com' },
  people: {
    a: person('Ada', [
      { id: 'c1', text: 'Slow to pay' },
      { id: 'c2', text: 'Never on time' },
    ]),
    b: person('Bob', [{ id: 'c3', text: 'Pitches an MLM' }]),
  },
  reason: 'Ada needs a compiler; Bob builds them.',
  pitches: { a: 'Ada writes algorithms.', b: 'Bob ships compilers.' },
  disclosed: [],
  order: 'sequential',
  firstParty: 'a',
  now: new Date('2026-03-01T12:00:00Z'),
  ...over,
});

describe('the consent request preview', () => {
  it('shows each person the other one’s pitch and the reason, addressed to them', () => {
    const toA = previewConsentRequest(input(), 'a');
    expect(toA.subject).toBe('Would you like to meet Bob?');
    expect(toA.text).toContain('Hi Ada,');
    expect(toA.text).toContain('Bob ships compilers.');
    expect(toA.text).toContain('Ada needs a compiler; Bob builds them.');
    expect(toA.text).not.toContain('Ada writes algorithms.');
    expect(toA.text).toContain('These links work until 2026-03-22.');
  });

  it('includes only the caveats ticked for disclosure, and only the other person’s', () => {
    const toB = previewConsentRequest(input({ disclosed: ['c1', 'c3'] }), 'b');
    expect(toB.text).toContain('Slow to pay');
    expect(toB.text).not.toContain('Never on time');
    // Bob's own caveat is about Bob: it is shown to Ada, never to Bob himself.
    expect(toB.text).not.toContain('Pitches an MLM');
    expect(previewConsentRequest(input({ disclosed: ['c3'] }), 'a').text).toContain('Pitches an MLM');
    expect(previewConsentRequest(input(), 'a').text).not.toContain('Pitches an MLM');
  });

  it('words the second request of a sequential order as coming after a yes', () => {
    expect(previewConsentRequest(input(), 'b').text).toContain('Ada has already said yes');
    expect(previewConsentRequest(input(), 'a').text).not.toContain('already said yes');
    expect(previewConsentRequest(input({ firstParty: 'b' }), 'a').text).toContain('Bob has already said yes');
    expect(previewConsentRequest(input({ order: 'parallel' }), 'b').text).not.toContain('already said yes');
  });

  it('escapes what the connector typed in the HTML version', () => {
    const html = previewConsentRequest(input({ pitches: { a: '<script>x</script>', b: 'ok' } }), 'b').html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
