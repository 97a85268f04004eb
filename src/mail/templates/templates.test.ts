// Every template rendered with hostile data: nothing unescaped reaches the HTML, nothing forges a line
// in the subject, and the plain text says the same as the HTML.
import { describe, expect, it } from 'vitest';
import { renderConsentRequest, renderReminder } from './consent-request';
import { renderClosingNote, renderFollowUp } from './follow-up';
import { renderIntroduction } from './introduction';
import type { RenderedMail } from './types';

const EVIL_NAME = 'Eve <script>alert(1)</script>\r\nBcc: victim@example.com\u2028"quoted" & \'single\'';
const EVIL_TEXT =
  '<img src=x onerror=alert(1)> <a href="javascript:alert(2)">click</a>\n\n</p></div><iframe>';
const URL = 'https://links.example/r/TOKEN';

const person = (name: string) => ({
  name,
  greeting: name,
  title: `${EVIL_TEXT} CTO`,
  company: EVIL_NAME,
  paragraph: EVIL_TEXT,
  disclosedCaveats: [EVIL_TEXT],
});
const connector = { name: EVIL_NAME, email: 'conn@example.com' };
const to = { name: EVIL_NAME, email: 'to@example.com', greeting: EVIL_NAME };

const all: [string, RenderedMail][] = [
  ...(['first', 'second', 'parallel'] as const).map((position): [string, RenderedMail] => [
    `consent request (${position})`,
    renderConsentRequest({
      to,
      connector,
      other: person(EVIL_NAME),
      reason: EVIL_TEXT,
      position,
      reask: position === 'parallel',
      respondUrl: URL,
      optOutUrl: `${URL}/optout`,
      expiresOn: '2026-03-23',
    }),
  ]),
  [
    'reconfirmation request with a personal line',
    renderConsentRequest({
      to,
      connector,
      other: person(EVIL_NAME),
      reason: EVIL_TEXT,
      position: 'second',
      reask: false,
      reconfirmOf: EVIL_NAME,
      personalLine: EVIL_TEXT,
      respondUrl: URL,
      optOutUrl: `${URL}/optout`,
      expiresOn: '2026-03-23',
    }),
  ],
  [
    'introduction with a personal line',
    renderIntroduction({
      a: { ...person(EVIL_NAME), email: 'a@example.com', phones: [] },
      b: { ...person(`${EVIL_NAME} B`), email: 'b@example.com', phones: [] },
      connector,
      reason: EVIL_TEXT,
      personalLine: `{{connector.email}} ${EVIL_TEXT}`,
    }),
  ],
  [
    'reminder',
    renderReminder({
      to,
      connector,
      other: person(EVIL_NAME),
      reason: EVIL_TEXT,
      respondUrl: URL,
      optOutUrl: URL,
      expiresOn: '2026-03-23',
    }),
  ],
  [
    'introduction',
    renderIntroduction({
      a: { ...person(EVIL_NAME), email: 'a@example.com', phones: ['+44 20 7946 0000', EVIL_NAME] },
      b: { ...person(`${EVIL_NAME} B`), email: 'b@example.com', phones: [] },
      connector,
      reason: EVIL_TEXT,
    }),
  ],
  [
    'follow-up',
    renderFollowUp({
      to,
      connector,
      otherName: EVIL_NAME,
      answerUrls: { met_helpful: URL, met_not_fit: URL, not_yet: URL, no_contact: URL },
      optOutUrl: URL,
    }),
  ],
  ['closing note', renderClosingNote({ to, connector, otherName: EVIL_NAME, optOutUrl: URL })],
];

describe.each(all)('%s with hostile data', (_name, mail) => {
  it('escapes every value in the HTML', () => {
    for (const bad of ['<script', '<img', '<iframe', 'href="javascript:', '</div><iframe']) {
      expect(mail.html.toLowerCase()).not.toContain(bad);
    }
    expect(mail.html).toContain('&lt;');
    // The only tags are the template's own.
    const tags = new Set([...mail.html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()));
    for (const tag of tags) {
      expect(['html', 'head', 'meta', 'body', 'div', 'p', 'br', 'strong', 'span', 'a', 'ul', 'li']).toContain(
        tag,
      );
    }
  });

  it('keeps the subject on one line', () => {
    expect(mail.subject).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(mail.subject.length).toBeGreaterThan(5);
  });

  it('has a plain-text part that forges no header-like lines from names', () => {
    expect(mail.text).not.toMatch(/^Bcc:/m);
    expect(mail.text.endsWith('\n')).toBe(true);
  });
});

describe('content', () => {
  it('a second-party request names who already agreed and shows the disclosed caveats', () => {
    const m = renderConsentRequest({
      to: { name: 'Bob Provider', email: 'b@example.com', greeting: 'Bob' },
      connector: { name: 'Connie', email: 'c@example.com' },
      other: {
        name: 'Alice Seeker',
        title: 'CEO',
        company: 'Acme',
        paragraph: 'Alice runs Acme.',
        disclosedCaveats: ['Slow to pay invoices'],
      },
      reason: 'Acme needs a bookkeeper.',
      position: 'second',
      reask: false,
      respondUrl: URL,
      optOutUrl: `${URL}/x`,
      expiresOn: '2026-03-23',
    });
    for (const part of [m.text, m.html]) {
      expect(part).toContain('Hi Bob,');
      expect(part).not.toContain('Hi Bob Provider');
      expect(part).toContain('Alice Seeker has already said yes');
      expect(part).toContain('Slow to pay invoices');
      expect(part).toContain('Acme needs a bookkeeper.');
      expect(part).toContain(`${URL}?answer=yes`);
    }
    expect(m.links.map((l) => l.url)).toEqual([
      `${URL}?answer=yes`,
      `${URL}?answer=later`,
      `${URL}?answer=no`,
      `${URL}/x`,
    ]);
  });

  it('the introduction carries both contact details and paragraphs', () => {
    const m = renderIntroduction({
      a: {
        name: 'Alice Seeker',
        greeting: 'Alice',
        email: 'a@example.com',
        phones: ['+1 555 0100'],
        title: '',
        company: 'Acme',
        paragraph: 'Alice runs Acme.',
      },
      b: {
        name: 'Bob Provider',
        greeting: 'Bob',
        email: 'b@example.com',
        phones: [],
        title: 'Bookkeeper',
        company: '',
        paragraph: 'Bob keeps books.',
      },
      connector: { name: 'Connie', email: 'c@example.com' },
      reason: 'Acme needs a bookkeeper.',
    });
    for (const needle of [
      'a@example.com',
      'b@example.com',
      '+1 555 0100',
      'Alice runs Acme.',
      'Bob keeps books.',
      'Alice, meet Bob',
    ]) {
      expect(m.text).toContain(needle);
      expect(m.html).toContain(needle);
    }
  });

  it('a person without a pitch gets no empty "About" line; long names can wrap', () => {
    const long = 'W'.repeat(200);
    const base = {
      to: { name: long, email: 'b@example.com', greeting: long },
      connector: { name: 'Connie', email: 'c@example.com' },
      other: { name: 'Alice Seeker', title: '', company: '', paragraph: '  ', disclosedCaveats: [] },
      reason: 'Acme needs a bookkeeper.',
      respondUrl: URL,
      optOutUrl: `${URL}/x`,
      expiresOn: '2026-03-23',
    };
    const request = renderConsentRequest({ ...base, position: 'first', reask: false });
    const reminder = renderReminder(base);
    for (const m of [request, reminder]) {
      for (const part of [m.text, m.html]) {
        expect(part).not.toContain('(no description)');
        expect(part).not.toContain('About Alice Seeker');
      }
      expect(m.html).toContain('overflow-wrap:anywhere');
    }
    const withRole = renderReminder({ ...base, other: { ...base.other, company: 'Acme' } });
    expect(withRole.text).toContain('Alice Seeker: Acme');
  });

  it('the follow-up says a link opens a page to confirm, not that one click answers', () => {
    const m = renderFollowUp({
      to: { name: 'Alice', email: 'a@example.com', greeting: 'Alice' },
      connector: { name: 'Connie', email: 'c@example.com' },
      otherName: 'Bob',
      answerUrls: { met_helpful: URL, met_not_fit: URL, not_yet: URL, no_contact: URL },
      optOutUrl: URL,
    });
    for (const part of [m.text, m.html]) {
      expect(part).not.toMatch(/one click/i);
      expect(part).toContain('it opens a page where you confirm it');
    }
  });

  it('the closing note is word for word the same whatever ended the introduction', () => {
    const m = renderClosingNote({
      to: { name: 'Alice', email: 'a@example.com', greeting: 'Alice' },
      connector: { name: 'Connie', email: 'c@example.com' },
      otherName: 'Bob',
      optOutUrl: URL,
    });
    expect(m.text).not.toMatch(/declin|said no|cancel|expire|reason/i);
  });
});

describe('reviewed and reconfirming emails', () => {
  const base = {
    to: { name: 'Ada Lovelace', email: 'ada@example.com', greeting: 'Ada' },
    connector: { name: 'Alex Kim', email: 'alex@example.com' },
    other: { name: 'Bob Stone', title: '', company: '', paragraph: 'Bob keeps books.', disclosedCaveats: [] },
    reason: 'Ada needs a bookkeeper.',
    respondUrl: URL,
    optOutUrl: `${URL}/optout`,
    expiresOn: '2026-03-23',
  };

  it('a reconfirmation quotes the day of the yes and asks whether it still stands', () => {
    const mail = renderConsentRequest({
      ...base,
      position: 'second',
      reask: false,
      reconfirmOf: '3 December',
    });
    expect(mail.subject).toBe('Still a yes to meeting Bob Stone?');
    expect(mail.text.replace(/\s+/g, ' ')).toContain(
      'You said yes on 3 December to meeting Bob Stone. Is it still a yes?',
    );
    expect(mail.html).toContain('You said yes on 3 December to meeting Bob Stone. Is it still a yes?');
  });

  it('the personal line opens the email after the greeting, and is absent when empty', () => {
    const withLine = renderConsentRequest({
      ...base,
      position: 'first',
      reask: false,
      personalLine: 'Hope Leeds is treating you well!',
    });
    const lines = withLine.text.split('\n');
    // Greeted by first name, as a person writes, not by full name like a mail merge.
    expect(lines.slice(0, 3)).toEqual(['Hi Ada,', '', 'Hope Leeds is treating you well!']);
    const without = renderConsentRequest({ ...base, position: 'first', reask: false, personalLine: '' });
    expect(without.text.split('\n')[2]).toBe(
      "I'd like to introduce you to Bob Stone, but only if you'd welcome it.",
    );
    const intro = renderIntroduction({
      a: { ...base.other, name: 'Ada Lovelace', greeting: 'Ada', email: 'ada@example.com', phones: [] },
      b: { ...base.other, greeting: 'Bob', email: 'bob@example.com', phones: [] },
      connector: base.connector,
      reason: base.reason,
      personalLine: 'Great to see you both last week.',
    });
    expect(intro.text.split('\n').slice(0, 3)).toEqual([
      'Ada, meet Bob. Bob, meet Ada.',
      '',
      'Great to see you both last week.',
    ]);
  });
});
