// Pure helpers behind the introduction pages: provider matching and the mail frame's link targets.
import { describe, expect, it } from 'vitest';
import type { Offer } from '../api/types';
import { withBlankTargets } from './mail-html';
import { overlap } from './matching';

const offer = (id: string, tags: string[], status: Offer['status'] = 'active'): Offer => ({
  id,
  personId: 'p',
  text: `offer ${id}`,
  tags,
  idealCounterpart: '',
  status,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('provider matching', () => {
  it('picks the active offer sharing the most tags with the need', () => {
    const best = overlap(
      ['design', 'branding', 'web'],
      [
        offer('1', ['design']),
        offer('2', ['design', 'web', 'seo']),
        offer('3', ['design', 'branding', 'web'], 'paused'),
      ],
    );
    expect(best.offer?.id).toBe('2');
    expect(best.tags).toEqual(['design', 'web']);
  });

  it('finds nothing when no active offer shares a tag', () => {
    expect(overlap(['legal'], [offer('1', ['design']), offer('2', ['legal'], 'withdrawn')])).toEqual({
      tags: [],
      offer: null,
    });
  });
});

describe('the mail frame', () => {
  it('opens the links of a shown email in a new tab', () => {
    expect(withBlankTargets('<html><head><meta charset="utf-8"></head><body>x</body></html>')).toBe(
      '<html><head><base target="_blank"><meta charset="utf-8"></head><body>x</body></html>',
    );
    expect(withBlankTargets('<p>no head</p>')).toBe('<base target="_blank"><p>no head</p>');
  });
});
