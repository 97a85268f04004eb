// The follow-up after an introduction, and the neutral closing note when one does not go ahead.
import { html } from 'hono/html';
import { button, type Html, layout, oneLine, optOutFooterHtml, optOutFooterText, textLines } from './layout';
import type { ClosingNoteMail, FollowUpMail, RenderedMail } from './types';

export const FOLLOW_UP_LABELS = {
  met_helpful: 'We met and it helped',
  met_not_fit: 'We met, but it was not a fit',
  not_yet: "We haven't met yet",
  no_contact: "I couldn't reach them",
} as const;

export function renderFollowUp(m: FollowUpMail): RenderedMail {
  const other = oneLine(m.otherName);
  const first = oneLine(m.to.greeting);
  const signer = oneLine(m.connector.name);
  const keys = Object.keys(FOLLOW_UP_LABELS) as (keyof typeof FOLLOW_UP_LABELS)[];
  const text = textLines([
    `Hi ${first},`,
    '',
    `How did it go with ${other}? Pick the answer that fits; it opens a page where you confirm it (and can add a note):`,
    '',
    ...keys.map((k) => `${FOLLOW_UP_LABELS[k]}: ${m.answerUrls[k]}`),
    '',
    'It helps me make better introductions, for you and for others.',
    '',
    'Thanks,',
    signer,
    '',
    '--',
    optOutFooterText(m.optOutUrl),
  ]);
  const body = html`<p style="margin:0 0 12px">Hi ${first},</p>
<p style="margin:0 0 16px">How did it go with ${other}? Pick the answer that fits; it opens a page where you confirm it (and can add a note):</p>
<p style="margin:0 0 8px">${keys.map((k, i) => button(FOLLOW_UP_LABELS[k], m.answerUrls[k], i === 0 ? 'primary' : 'plain'))}</p>
<p style="margin:8px 0 12px">It helps me make better introductions, for you and for others.</p>
<p style="margin:0">Thanks,<br>${signer}</p>` as Html;
  return {
    subject: `How did it go with ${other}?`,
    text,
    html: layout({ preheader: `How did it go with ${other}?`, body, footer: optOutFooterHtml(m.optOutUrl) }),
    links: [
      ...keys.map((k) => ({ label: FOLLOW_UP_LABELS[k], url: m.answerUrls[k] })),
      { label: 'Never introduce me', url: m.optOutUrl },
    ],
  };
}

/** Deliberately the same words whether the connector cancelled, someone declined or nobody answered. */
export function renderClosingNote(m: ClosingNoteMail): RenderedMail {
  const other = oneLine(m.otherName);
  const first = oneLine(m.to.greeting);
  const signer = oneLine(m.connector.name);
  const line1 = `Thank you for being open to meeting ${other}. This introduction won't be going ahead for now, so there is nothing more you need to do.`;
  const text = textLines([
    `Hi ${first},`,
    '',
    line1,
    '',
    'Thanks again,',
    signer,
    '',
    '--',
    optOutFooterText(m.optOutUrl),
  ]);
  const body = html`<p style="margin:0 0 12px">Hi ${first},</p>
<p style="margin:0 0 12px">${line1}</p>
<p style="margin:0">Thanks again,<br>${signer}</p>` as Html;
  return {
    subject: `About meeting ${other}`,
    text,
    html: layout({ preheader: line1, body, footer: optOutFooterHtml(m.optOutUrl) }),
    links: [{ label: 'Never introduce me', url: m.optOutUrl }],
  };
}
