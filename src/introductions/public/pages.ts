// The pages people see when they follow a link from an email, without an account. Server-rendered,
// no JavaScript, readable on a phone, every value escaped by hono/html.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { RequestPosition } from '../../domain/introduction/types';
import { calendarDayWords } from '../../domain/time/day-words';
import { FOLLOW_UP_LABELS } from '../../mail/templates/follow-up';
import { cleanText, oneLine, paragraphs, roleLine } from '../../mail/templates/layout';
import type { ProfileCard } from '../../mail/templates/types';

type Html = HtmlEscapedString;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f4f4f1;color:#1d1d1b;font:16px/1.5 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;overflow-wrap:anywhere;word-break:break-word}
main{max-width:600px;margin:0 auto;padding:24px 16px}
.card{background:#fff;border-radius:8px;padding:24px;margin-bottom:16px}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 16px}
h2{font-size:1.05rem;margin:20px 0 8px}
.profile{border-left:3px solid #1f5f4a;padding:4px 0 4px 12px;margin:16px 0}
.muted{color:#5f5f5a;font-size:.95rem}
fieldset{border:1px solid #d9d9d3;border-radius:6px;padding:12px 16px;margin:16px 0}
legend{font-weight:600;padding:0 4px}
label{display:block;margin:6px 0}
input[type=date],textarea{font:inherit;padding:8px;border:1px solid #b9b9b2;border-radius:6px;width:100%}
textarea{min-height:5em}
button{font:inherit;font-weight:600;padding:12px 18px;border-radius:6px;border:1px solid #1f5f4a;background:#fff;color:#1f5f4a;margin:6px 8px 6px 0;cursor:pointer;min-height:44px}
button.primary{background:#1f5f4a;color:#fff}
button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #e0a100;outline-offset:2px}
.answer{font-size:1.1rem;font-weight:600}
`;

export function page(title: string, body: Html | string): string {
  return String(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${title} · Linchpin</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`);
}

export function messagePage(title: string, message: string, detail?: string): string {
  return page(
    title,
    html`<div class="card"><h1>${title}</h1><p>${message}</p>${detail ? html`<p class="muted">${detail}</p>` : ''}</div>` as Html,
  );
}

function profile(p: ProfileCard): Html {
  const role = roleLine(p);
  return html`<div class="profile">
<p><strong>${oneLine(p.name)}</strong>${role ? html`<br><span class="muted">${role}</span>` : ''}</p>
${cleanText(p.paragraph) ? paragraphs(p.paragraph) : ''}
${
  p.disclosedCaveats.length
    ? html`<p><strong>Worth knowing, to be fair to you:</strong></p><ul>${p.disclosedCaveats.map((c) => html`<li>${oneLine(c)}</li>`)}</ul>`
    : ''
}
</div>` as Html;
}

export interface ConsentPageView {
  token: string;
  recipientGreeting: string;
  connectorName: string;
  other: ProfileCard;
  reason: string;
  position: RequestPosition;
  /** Preselected by the link that was clicked (`?answer=`). */
  preselect: 'yes' | 'later' | 'no' | null;
  /** The earliest and latest dates "ask me again on" accepts (tomorrow; two years on), by the server's clock. */
  earliest: string;
  latest: string;
  /** Calendar dates (YYYY-MM-DD); the page words them ("7 Jan 2027"). */
  oneMonth: string;
  threeMonths: string;
  expiresOn: string;
  error?: string;
  /** What was entered, kept when the form comes back with an error. */
  entered?: { note?: string; until?: string; untilDate?: string };
}

/**
 * One form, one submit button per answer. Pressing Enter in a field (the date, a radio button) submits the
 * form as if its first submit button were pressed, so that first button is a hidden "not now": Enter can
 * only ever mean "ask me again then", never yes or no. (A disabled first button, which per the HTML spec
 * makes Enter do nothing, is not enough: Chromium's date field skips it and presses "yes".)
 */
export function consentPage(v: ConsentPageView): string {
  const other = oneLine(v.other.name);
  const later = v.preselect === 'later';
  const preset = v.entered?.until === '3m' ? '3m' : '1m';
  return page(
    `Meet ${other}?`,
    html`<div class="card">
<h1>Would you like to meet ${other}?</h1>
<p>Hi ${oneLine(v.recipientGreeting)}, ${oneLine(v.connectorName)} would like to introduce you${v.position === 'second' ? html`, and ${other} has already said yes` : ''}. Nothing happens unless you say yes.</p>
<h2>Why you two should meet</h2>
${paragraphs(v.reason)}
${profile(v.other)}
</div>
<form class="card" method="post" action="/r/${v.token}">
${v.error ? html`<p role="alert" class="answer">${v.error}</p>` : ''}
<input type="hidden" name="token" value="${v.token}">
<button type="submit" name="answer" value="later" hidden tabindex="-1" aria-hidden="true"></button>
<label for="note">A note for ${oneLine(v.connectorName)} (optional)</label>
<textarea id="note" name="note" maxlength="2000">${v.entered?.note ?? ''}</textarea>
<button class="primary" type="submit" name="answer" value="yes"${v.preselect === 'yes' ? html` autofocus` : ''}>Yes, introduce us</button>
<fieldset>
<legend>Not now? Ask me again on…</legend>
<label><input type="radio" name="until" value="1m"${preset === '1m' ? html` checked` : ''}> in a month (${calendarDayWords(v.oneMonth)})</label>
<label><input type="radio" name="until" value="3m"${preset === '3m' ? html` checked` : ''}> in three months (${calendarDayWords(v.threeMonths)})</label>
<label for="untilDate">or on this date:</label>
<input type="date" id="untilDate" name="untilDate" min="${v.earliest}" max="${v.latest}" value="${v.entered?.untilDate ?? ''}">
<button type="submit" name="answer" value="later"${later ? html` autofocus` : ''}>Not now, ask me again then</button>
</fieldset>
<button type="submit" name="answer" value="no"${v.preselect === 'no' ? html` autofocus` : ''}>No, thanks</button>
<p class="muted">This link works until ${calendarDayWords(v.expiresOn)}. Your answer goes to ${oneLine(v.connectorName)} only.</p>
</form>` as Html,
  );
}

const ANSWER_WORDS = { yes: 'Yes, introduce us', later: 'Not now', no: 'No, thanks' } as const;

export interface AnsweredView {
  token: string;
  otherName: string;
  connectorName: string;
  answer: 'yes' | 'later' | 'no' | 'withdrawn';
  until: string | null;
  /**
   * Where the introduction stands now: already made; not going ahead (never why, nor who said no); ready,
   * the connector sends it next; or still waiting for the other person.
   */
  progress: 'introduced' | 'ended' | 'ready' | 'waiting';
  /** Offer to take back a yes while the introduction has not been sent. */
  canWithdraw: boolean;
  /** Offer to turn a "not now" into a yes while the introduction still asks. */
  canSayYes: boolean;
}

export function answeredPage(v: AnsweredView): string {
  const other = oneLine(v.otherName);
  const connector = oneLine(v.connectorName);
  const what =
    v.answer === 'withdrawn'
      ? 'You withdrew your yes. Nothing more will happen.'
      : v.answer === 'no'
        ? 'Nothing more will happen, and nobody else is told why.'
        : v.progress === 'ended'
          ? `This introduction is not going ahead, so there is nothing more you need to do. ${connector} thanks you for being open to it.`
          : v.answer === 'later'
            ? `${connector} will check back with you ${v.until ? `around ${calendarDayWords(v.until)}` : 'later'}.`
            : v.progress === 'introduced'
              ? `${connector} has introduced you: look for the email with each other's details.`
              : v.progress === 'ready'
                ? `Everyone has agreed. ${connector} will send you both the introduction.`
                : `${connector} will introduce you once ${other} has agreed too.`;
  return page(
    'Thank you',
    html`<div class="card">
<h1>Thank you, your answer is recorded</h1>
<p class="answer">${v.answer === 'withdrawn' ? 'Withdrawn' : ANSWER_WORDS[v.answer]}${v.answer === 'later' && v.until ? html` (until ${calendarDayWords(v.until)})` : ''}</p>
<p>${what}</p>
<p class="muted">About meeting ${other}.</p>
</div>
${
  v.canWithdraw
    ? html`<form class="card" method="post" action="/r/${v.token}">
<input type="hidden" name="token" value="${v.token}">
<p>Changed your mind?</p>
<button type="submit" name="answer" value="withdraw">Withdraw my yes</button>
</form>`
    : ''
}${
  v.canSayYes
    ? html`<form class="card" method="post" action="/r/${v.token}">
<input type="hidden" name="token" value="${v.token}">
<p>No need to wait?</p>
<button type="submit" name="answer" value="yes">I can do it now after all</button>
</form>`
    : ''
}` as Html,
  );
}

export interface FollowUpPageView {
  token: string;
  recipientGreeting: string;
  otherName: string;
  connectorName: string;
  preselect: keyof typeof FOLLOW_UP_LABELS | null;
  answered: { answer: keyof typeof FOLLOW_UP_LABELS } | null;
  error?: string;
}

export function followUpPage(v: FollowUpPageView): string {
  const other = oneLine(v.otherName);
  if (v.answered) {
    return page(
      'Thank you',
      html`<div class="card"><h1>Thank you</h1><p class="answer">${FOLLOW_UP_LABELS[v.answered.answer]}</p>
<p>${oneLine(v.connectorName)} has your answer about meeting ${other}.</p></div>` as Html,
    );
  }
  const keys = Object.keys(FOLLOW_UP_LABELS) as (keyof typeof FOLLOW_UP_LABELS)[];
  const chosen = v.preselect;
  return page(
    `How did it go with ${other}?`,
    html`<form class="card" method="post" action="/r/${v.token}">
<h1>How did it go with ${other}?</h1>
${v.error ? html`<p role="alert" class="answer">${v.error}</p>` : ''}
<input type="hidden" name="token" value="${v.token}">
<fieldset>
<legend>Hi ${oneLine(v.recipientGreeting)}, what happened?</legend>
${keys.map(
  (k) =>
    html`<label><input type="radio" name="answer" value="${k}" required${k === chosen ? html` checked` : ''}> ${FOLLOW_UP_LABELS[k]}</label>`,
)}
</fieldset>
<label for="note">Anything else ${oneLine(v.connectorName)} should know? (optional)</label>
<textarea id="note" name="note" maxlength="2000"></textarea>
<button class="primary" type="submit">Send my answer</button>
</form>` as Html,
  );
}

export function optOutPage(v: { token: string; connectorName: string; done: boolean }): string {
  const connector = oneLine(v.connectorName);
  if (v.done) {
    return messagePage(
      'You will not be introduced again',
      `${connector} will not ask to introduce you to anyone again.`,
      'If that was a mistake, reply to any email from them.',
    );
  }
  return page(
    'Stop introductions',
    html`<form class="card" method="post" action="/r/${v.token}">
<h1>Never be introduced through ${connector}?</h1>
<p>${connector} will stop asking to introduce you to anyone. Any request still waiting for you counts as "no, thanks".</p>
<input type="hidden" name="token" value="${v.token}">
<button class="primary" type="submit" name="answer" value="opt_out">Yes, never introduce me</button>
</form>` as Html,
  );
}
