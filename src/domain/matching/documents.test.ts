import { describe, expect, it } from 'vitest';
import { MAX_KEYS, needDoc, offerDoc, profileDoc, profileText } from './documents';

describe('documents', () => {
  it('a need is keyed by the concepts it asks for (and their neighbours) and its words', () => {
    const d = needDoc({ text: 'Looking for an accountant for our taxes', tags: ['finance'] }, null);
    expect(d.keys).toEqual(expect.arrayContaining(['c:accounting', 'c:finance', 'w:account', 'w:tax']));
    expect(d.analysis?.asks.has('accounting')).toBe(true);
  });

  it('a provider is keyed by what it offers, not by what it asks for', () => {
    const founder = profileDoc(
      { title: 'Founder', company: 'Gridlane', tags: [], blurb: 'Raising our seed round.' },
      null,
    );
    const angel = offerDoc({ text: 'Angel investor, first cheques', tags: [], idealCounterpart: '' }, null);
    expect(founder.keys).not.toContain('c:investing');
    expect(angel.keys).toContain('c:investing');
  });

  it('caps the keys of a very long text', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `word${i}x`).join(' ');
    expect(offerDoc({ text, tags: [], idealCounterpart: '' }, null).keys.length).toBeLessThanOrEqual(
      MAX_KEYS,
    );
  });

  it('builds the profile text from title, company, blurb and tags', () => {
    expect(profileText({ title: 'CFO', company: 'Acme', blurb: 'Finance.', tags: ['cfo'] })).toBe(
      'CFO at Acme. Finance.. cfo',
    );
  });
});
