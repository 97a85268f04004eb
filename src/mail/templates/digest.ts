// The connector's digest: Today's items in one email, not one email per person. It receives only each
// item's one-line summary, urgency and action label (built field by field by src/digest/content.ts), so
// private notes and undisclosed caveats have no way in.
import { html } from 'hono/html';
import { button, type Html, layout, oneLine, textLines } from './layout';
import type { RenderedMail } from './types';

export interface DigestItem {
  summary: string;
  urgency: 'overdue' | 'due' | 'info';
  /** The item's one action, e.g. "Send"; done from Today. */
  actionLabel: string;
}

export interface DigestMail {
  /** "daily" or "weekly": the subject and opening say which. */
  frequency: 'daily' | 'weekly';
  /** The local date the digest is for, already written out ("Monday 30 March 2026"). */
  dateLabel: string;
  /** Today in the web app. */
  todayUrl: string;
  /** Where the digest is changed or turned off. */
  settingsUrl: string;
  items: DigestItem[];
}

const URGENCY_LABEL: Record<DigestItem['urgency'], string> = {
  overdue: 'Overdue',
  due: 'Due today',
  info: 'Worth knowing',
};
const URGENCY_ORDER: DigestItem['urgency'][] = ['overdue', 'due', 'info'];
const URGENCY_COLOUR: Record<DigestItem['urgency'], string> = {
  overdue: '#b42318',
  due: '#9a6700',
  info: '#1f5f4a',
};

export function renderDigest(m: DigestMail): RenderedMail {
  const count = m.items.length;
  const things = `${count} ${count === 1 ? 'thing needs' : 'things need'} you`;
  const subject = `Linchpin: ${things} (${oneLine(m.dateLabel)})`;
  const intro =
    m.frequency === 'daily'
      ? `Here is your day in Linchpin, ${oneLine(m.dateLabel)}: ${things}.`
      : `Here is your week in Linchpin, from ${oneLine(m.dateLabel)}: ${things}.`;
  const groups = URGENCY_ORDER.map((urgency) => ({
    urgency,
    items: m.items.filter((i) => i.urgency === urgency),
  })).filter((g) => g.items.length > 0);

  const text = textLines([
    intro,
    '',
    ...groups.flatMap((g) => [
      `${URGENCY_LABEL[g.urgency]}:`,
      ...g.items.map((i) => `- ${oneLine(i.summary)} [${oneLine(i.actionLabel)}]`),
      '',
    ]),
    `Open Today: ${m.todayUrl}`,
    '',
    `You get this email ${m.frequency}. Change or stop it in Settings: ${m.settingsUrl}`,
    '',
    '-- Linchpin',
  ]);
  const body = html`<p style="margin:0 0 16px">${intro}</p>
${groups.map(
  (
    g,
  ) => html`<h3 style="margin:16px 0 8px;font-size:15px;color:${URGENCY_COLOUR[g.urgency]}">${URGENCY_LABEL[g.urgency]}</h3>
<ul style="margin:0 0 12px;padding-left:20px">${g.items.map(
    (i) =>
      html`<li style="margin:0 0 6px">${oneLine(i.summary)} <span style="color:#6b6b66">(${oneLine(i.actionLabel)})</span></li>`,
  )}</ul>`,
)}
<p style="margin:16px 0 0">${button('Open Today', m.todayUrl, 'primary')}</p>` as Html;
  const footer =
    html`You get this email ${m.frequency}. <a href="${m.settingsUrl}" style="color:#6b6b66">Change or stop it in Settings</a>.` as Html;
  return {
    subject,
    text,
    html: layout({ preheader: intro, body, footer }),
    links: [
      { label: 'Open Today', url: m.todayUrl },
      { label: 'Settings', url: m.settingsUrl },
    ],
  };
}
