// The kind note to someone whose introduction request the connector declined: the connector's own words,
// reviewed before it goes, and nothing about whom they know.
import { html } from 'hono/html';
import { type Html, layout, oneLine, paragraphs, textLines } from './layout';
import type { Connector, RenderedMail } from './types';

export interface RequestDeclinedMail {
  connector: Connector;
  requesterName: string;
  /** The note as the connector wrote (or accepted) it. */
  note: string;
}

export function renderRequestDeclined(m: RequestDeclinedMail): RenderedMail {
  const greeting = `Hi ${oneLine(m.requesterName)},`;
  const sign = oneLine(m.connector.name);
  const text = textLines([greeting, '', m.note.trim(), '', sign]);
  const body = html`<p style="margin:0 0 12px">${greeting}</p>
${paragraphs(m.note)}
<p style="margin:16px 0 0">${sign}</p>` as Html;
  return {
    subject: 'Your introduction request',
    text,
    html: layout({ preheader: oneLine(m.note).slice(0, 120), body, footer: html`` as Html }),
    links: [],
  };
}
