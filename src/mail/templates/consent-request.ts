// The consent request (first, second or parallel) and its one reminder. The page behind the link asks the
// same question again and takes the answer with a POST.
import { html } from 'hono/html';
import { calendarDayWords } from '../../domain/time/day-words';
import {
  button,
  cleanText,
  type Html,
  layout,
  oneLine,
  optOutFooterHtml,
  optOutFooterText,
  paragraphs,
  roleLine,
  textLines,
} from './layout';
import type { ConsentRequestMail, ProfileCard, ReminderMail, RenderedMail } from './types';

const choice = (url: string, answer: 'yes' | 'later' | 'no') => `${url}?answer=${answer}`;

function profileText(p: ProfileCard): (string | false)[] {
  const role = roleLine(p);
  const paragraph = cleanText(p.paragraph);
  return [
    // No pitch written: no "About" line to leave empty; the role, if any, still says who they are.
    paragraph
      ? `About ${oneLine(p.name)}${role ? ` (${role})` : ''}:`
      : !!role && `${oneLine(p.name)}: ${role}`,
    paragraph || false,
    ...(p.disclosedCaveats.length
      ? ['', 'Worth knowing, to be fair to you:', ...p.disclosedCaveats.map((c) => `- ${oneLine(c)}`)]
      : []),
  ];
}

function profileHtml(p: ProfileCard): Html {
  const role = roleLine(p);
  return html`<div style="border-left:3px solid #1f5f4a;padding:4px 0 4px 12px;margin:16px 0">
<p style="margin:0 0 8px"><strong>${oneLine(p.name)}</strong>${role ? html`<br><span style="color:#6b6b66">${role}</span>` : ''}</p>
${cleanText(p.paragraph) ? paragraphs(p.paragraph) : ''}
${
  p.disclosedCaveats.length
    ? html`<p style="margin:12px 0 4px"><strong>Worth knowing, to be fair to you:</strong></p><ul style="margin:0;padding-left:20px">${p.disclosedCaveats.map((c) => html`<li>${oneLine(c)}</li>`)}</ul>`
    : ''
}
</div>` as Html;
}

function opening(m: ConsentRequestMail): string {
  const other = oneLine(m.other.name);
  if (m.reconfirmOf)
    return `You said yes on ${oneLine(m.reconfirmOf)} to meeting ${other}. Is it still a yes?`;
  if (m.reask) return `You asked me to check back about meeting ${other}, so here I am.`;
  if (m.position === 'second')
    return `${other} would like to meet you, and I think it could be worth your while.`;
  return `I'd like to introduce you to ${other}, but only if you'd welcome it.`;
}

export function renderConsentRequest(m: ConsentRequestMail): RenderedMail {
  const other = oneLine(m.other.name);
  const first = oneLine(m.to.greeting);
  const signer = oneLine(m.connector.name);
  const subject = m.reconfirmOf
    ? `Still a yes to meeting ${other}?`
    : m.reask
      ? `Checking back: would you like to meet ${other}?`
      : `Would you like to meet ${other}?`;
  const reason = cleanText(m.reason);
  const personal = cleanText(m.personalLine ?? '');
  const text = textLines([
    `Hi ${first},`,
    '',
    ...(personal ? [personal, ''] : []),
    opening(m),
    '',
    'Why I think you two should meet:',
    reason,
    '',
    ...profileText(m.other),
    '',
    m.position === 'second' ? `${other} has already said yes to an introduction.` : false,
    "Nothing happens unless you say yes. If you do, I'll send you both an email with each other's details.",
    '',
    `Yes, introduce us: ${choice(m.respondUrl, 'yes')}`,
    `Not now, ask me again later: ${choice(m.respondUrl, 'later')}`,
    `No, thanks: ${choice(m.respondUrl, 'no')}`,
    '',
    `These links work until ${calendarDayWords(m.expiresOn)}. You can add a note for me on the page.`,
    '',
    `Thanks,`,
    signer,
    '',
    '--',
    optOutFooterText(m.optOutUrl),
  ]);
  const body = html`<p style="margin:0 0 12px">Hi ${first},</p>
${personal ? paragraphs(personal) : ''}
<p style="margin:0 0 12px">${opening(m)}</p>
<p style="margin:0 0 4px"><strong>Why I think you two should meet</strong></p>
${paragraphs(reason)}
${profileHtml(m.other)}
${m.position === 'second' ? html`<p style="margin:0 0 12px">${other} has already said yes to an introduction.</p>` : ''}
<p style="margin:0 0 16px">Nothing happens unless you say yes. If you do, I'll send you both an email with each other's details.</p>
<p style="margin:0 0 8px">${button('Yes, introduce us', choice(m.respondUrl, 'yes'), 'primary')}${button('Not now, ask me later', choice(m.respondUrl, 'later'))}${button('No, thanks', choice(m.respondUrl, 'no'))}</p>
<p style="margin:8px 0 12px;font-size:14px;color:#6b6b66">These links work until ${calendarDayWords(m.expiresOn)}. You can add a note for me on the page.</p>
<p style="margin:0">Thanks,<br>${signer}</p>` as Html;
  return {
    subject,
    text,
    html: layout({ preheader: opening(m), body, footer: optOutFooterHtml(m.optOutUrl) }),
    links: [
      { label: 'Yes, introduce us', url: choice(m.respondUrl, 'yes') },
      { label: 'Not now, ask me later', url: choice(m.respondUrl, 'later') },
      { label: 'No, thanks', url: choice(m.respondUrl, 'no') },
      { label: 'Never introduce me', url: m.optOutUrl },
    ],
  };
}

export function renderReminder(m: ReminderMail): RenderedMail {
  const other = oneLine(m.other.name);
  const first = oneLine(m.to.greeting);
  const signer = oneLine(m.connector.name);
  const text = textLines([
    `Hi ${first},`,
    '',
    `A gentle nudge about meeting ${other}; no pressure either way, and "not now" is a fine answer too.`,
    '',
    'Why I think you two should meet:',
    cleanText(m.reason),
    '',
    ...profileText(m.other),
    '',
    `Yes, introduce us: ${choice(m.respondUrl, 'yes')}`,
    `Not now, ask me again later: ${choice(m.respondUrl, 'later')}`,
    `No, thanks: ${choice(m.respondUrl, 'no')}`,
    '',
    `These links work until ${calendarDayWords(m.expiresOn)}.`,
    '',
    'Thanks,',
    signer,
    '',
    '--',
    optOutFooterText(m.optOutUrl),
  ]);
  const body = html`<p style="margin:0 0 12px">Hi ${first},</p>
<p style="margin:0 0 12px">A gentle nudge about meeting ${other}; no pressure either way, and "not now" is a fine answer too.</p>
<p style="margin:0 0 4px"><strong>Why I think you two should meet</strong></p>
${paragraphs(m.reason)}
${profileHtml(m.other)}
<p style="margin:0 0 8px">${button('Yes, introduce us', choice(m.respondUrl, 'yes'), 'primary')}${button('Not now, ask me later', choice(m.respondUrl, 'later'))}${button('No, thanks', choice(m.respondUrl, 'no'))}</p>
<p style="margin:8px 0 12px;font-size:14px;color:#6b6b66">These links work until ${calendarDayWords(m.expiresOn)}.</p>
<p style="margin:0">Thanks,<br>${signer}</p>` as Html;
  return {
    subject: `Reminder: would you like to meet ${other}?`,
    text,
    html: layout({
      preheader: `A gentle nudge about meeting ${other}`,
      body,
      footer: optOutFooterHtml(m.optOutUrl),
    }),
    links: [
      { label: 'Yes, introduce us', url: choice(m.respondUrl, 'yes') },
      { label: 'Not now, ask me later', url: choice(m.respondUrl, 'later') },
      { label: 'No, thanks', url: choice(m.respondUrl, 'no') },
      { label: 'Never introduce me', url: m.optOutUrl },
    ],
  };
}
