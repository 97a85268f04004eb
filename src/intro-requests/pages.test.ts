// The public request pages name the connector, or say "the person who shared this link" when the account
// has no name: capitalised where it starts a sentence.
import { describe, expect, it } from 'vitest';
import { requestFormPage, requestThanksPage } from './pages';

const sentences = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('request pages of an account without a name', () => {
  it('start no sentence in lower case, where "… as it is. the person who shared this link reads …" did', () => {
    for (const html of [
      requestFormPage({ connectorName: null, token: 'lpask_x' }),
      requestThanksPage(null),
    ]) {
      const lower = sentences(html).filter((s) => /^the person who shared this link/.test(s));
      expect(lower).toEqual([]);
      expect(html).toContain('The person who shared this link');
    }
  });

  it('keep a name as it is written, first in a sentence too', () => {
    expect(requestThanksPage('danah boyd')).toContain('danah boyd has your request');
  });
});
