// The shared frame of every email, and the helpers that keep values safe: every interpolation into HTML
// goes through hono/html's escaping; names are squeezed onto one line so they cannot forge lines in
// subjects, headers or the plain-text body.
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]+/g;

/** Collapses line breaks, tabs and control characters to single spaces. */
export function oneLine(s: string): string {
  return s
    .replace(CONTROL, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Multi-line text: normalised line ends, no other control characters. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_NEWLINE, ' ').trim();
}

/** Paragraphs of user text as HTML, escaped, keeping the writer's line breaks. */
export function paragraphs(s: string): Html {
  const parts = cleanText(s)
    .split(/\n{2,}/)
    .filter((p) => p.trim());
  return html`${parts.map(
    (p) =>
      html`<p style="margin:0 0 12px">${p.split('\n').map((line, i) => (i ? html`<br>${line}` : html`${line}`))}</p>`,
  )}` as Html;
}

export function button(label: string, url: string, tone: 'primary' | 'plain' = 'plain'): Html {
  const style =
    tone === 'primary'
      ? 'background:#1f5f4a;color:#ffffff;border:1px solid #1f5f4a'
      : 'background:#ffffff;color:#1f5f4a;border:1px solid #1f5f4a';
  return html`<a href="${url}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600;${raw(style)}">${label}</a>` as Html;
}

export function layout(opts: { preheader: string; body: Html; footer: Html }): string {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
</head>
<body style="margin:0;padding:0;background:#f4f4f1">
<div style="display:none;max-height:0;overflow:hidden">${opts.preheader}</div>
<div style="max-width:560px;margin:0 auto;padding:24px 16px;overflow-wrap:anywhere;word-break:break-word;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1b">
<div style="background:#ffffff;border-radius:8px;padding:24px">${opts.body}</div>
<div style="padding:16px 8px;font-size:13px;color:#6b6b66">${opts.footer}</div>
</div>
</body>
</html>`;
  return String(page);
}

/** "Title at Company", "Title", "Company" or nothing. */
export function roleLine(p: { title: string; company: string }): string {
  const title = oneLine(p.title);
  const company = oneLine(p.company);
  if (title && company) return `${title} at ${company}`;
  return title || company;
}

/** The plain-text version of a list of lines; empty entries vanish, double blank lines collapse. */
export function textLines(lines: (string | false | null | undefined)[]): string {
  return `${lines
    .filter((l): l is string => typeof l === 'string')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export function optOutFooterText(url: string): string {
  return `Rather not be introduced to anyone through me? Tell me once here and I won't ask again: ${url}`;
}

export function optOutFooterHtml(url: string): Html {
  return html`Rather not be introduced to anyone through me? <a href="${url}" style="color:#6b6b66">Tell me once</a> and I won't ask again.` as Html;
}
