// The public "ask me for an introduction" pages: the form, the thank-you page and the refusals. They show
// the connector's display name and nothing else about the account: no people, no counts, no email.
// Server-rendered, no JavaScript, every value escaped by hono/html; the look is the consent pages'.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { messagePage, page } from '../introductions/public/pages';
import { oneLine } from '../mail/templates/layout';
import { HONEYPOT_FIELD, REQUEST_FIELD_LIMITS, type RequestField } from './form';

type Html = HtmlEscapedString;

/** Who the requester is asking, as the page names them: never the account's email. */
export const connectorLabel = (name: string | null): string =>
  oneLine(name ?? '') || 'the person who shared this link';

/** The same, first in a sentence: a name as it is written, the words without a name capitalised. */
const connectorFirst = (name: string | null): string =>
  oneLine(name ?? '') || 'The person who shared this link';

export interface RequestFormView {
  token: string;
  connectorName: string | null;
  errors?: Partial<Record<RequestField, string>>;
  entered?: Partial<Record<RequestField, string>>;
}

// The honeypot is off-screen rather than display:none, which some bots check for.
const HONEYPOT_STYLE = 'position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden';

// The consent pages style dates and text areas; this form has text and email fields too.
const FIELD_STYLE =
  'input[type=text],input[type=email]{font:inherit;padding:8px;border:1px solid #b9b9b2;border-radius:6px;width:100%}label{margin-top:14px;font-weight:600}';

export function requestFormPage(v: RequestFormView): string {
  const who = connectorLabel(v.connectorName);
  const whoFirst = connectorFirst(v.connectorName);
  const err = (f: RequestField) =>
    v.errors?.[f] ? html`<p class="answer" role="alert" id="${f}-error">${v.errors[f]}</p>` : '';
  const val = (f: RequestField) => v.entered?.[f] ?? '';
  const described = (f: RequestField) =>
    v.errors?.[f] ? html` aria-describedby="${f}-error" aria-invalid="true"` : '';
  return page(
    'Ask for an introduction',
    html`<style>${FIELD_STYLE}</style>
<form class="card" method="post" action="/ask/${v.token}">
<h1>Ask ${who} for an introduction</h1>
<p>Tell ${who} whom you would like to meet and why, and write a short paragraph about yourself that can be forwarded as it is. ${whoFirst} reads every request and decides; nobody else sees it, and nobody is contacted unless ${who} chooses to.</p>
${v.errors ? html`<p class="answer" role="alert">Please check the fields marked below.</p>` : ''}
<input type="hidden" name="token" value="${v.token}">
<div style="${HONEYPOT_STYLE}" aria-hidden="true"><label for="${HONEYPOT_FIELD}">Leave this empty</label><input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<label for="name">Your name</label>
${err('name')}<input type="text" id="name" name="name" required maxlength="${REQUEST_FIELD_LIMITS.name}" autocomplete="name" value="${val('name')}"${described('name')}>
<label for="email">Your email</label>
${err('email')}<input type="email" id="email" name="email" required maxlength="${REQUEST_FIELD_LIMITS.email}" autocomplete="email" value="${val('email')}"${described('email')}>
<label for="wantsToMeet">Whom would you like to meet?</label>
${err('wantsToMeet')}<input type="text" id="wantsToMeet" name="wantsToMeet" required maxlength="${REQUEST_FIELD_LIMITS.wantsToMeet}" placeholder="A person, or the kind of person (e.g. a fintech CFO in Berlin)" value="${val('wantsToMeet')}"${described('wantsToMeet')}>
<label for="why">Why?</label>
${err('why')}<textarea id="why" name="why" required maxlength="${REQUEST_FIELD_LIMITS.why}"${described('why')}>${val('why')}</textarea>
<label for="about">A short paragraph about yourself, to forward</label>
${err('about')}<textarea id="about" name="about" required maxlength="${REQUEST_FIELD_LIMITS.about}"${described('about')}>${val('about')}</textarea>
<button class="primary" type="submit">Send my request</button>
<p class="muted">Your request goes to ${who} only.</p>
</form>` as Html,
  );
}

export function requestThanksPage(connectorName: string | null): string {
  const who = connectorLabel(connectorName);
  return messagePage(
    'Thank you, your request is sent',
    `${connectorFirst(connectorName)} has your request and will decide what to do with it. Nobody else sees it, and nobody is contacted unless ${who} chooses to.`,
  );
}

/** Unknown, revoked and replaced links look the same, and say nothing about whose they were. */
export const noSuchLinkPage = (): string =>
  messagePage('This link does not work', 'This request link does not exist or is no longer in use.');

export const tooLargePage = (): string =>
  messagePage('That was too much', 'Your request was too long. Please shorten it and send it again.');

export const badFormPage = (): string =>
  messagePage('Something went wrong', 'Please send your request using the form on the page.');

export const tooManyPage = (seconds: number): string =>
  messagePage('Too many requests', `Please wait ${seconds} second(s) and try again.`);
