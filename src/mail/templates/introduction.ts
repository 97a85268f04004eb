// The introduction itself: to both people, with each one's contact details, a paragraph about each, why
// they should meet and a nudge to talk soon.
import { html } from 'hono/html';
import { cleanText, type Html, layout, oneLine, paragraphs, roleLine, textLines } from './layout';
import type { ContactCard, IntroductionMail, RenderedMail } from './types';

function contactText(p: ContactCard): string[] {
  const role = roleLine(p);
  return [
    `${oneLine(p.name)}${role ? `, ${role}` : ''}`,
    cleanText(p.paragraph),
    `Email: ${oneLine(p.email)}`,
    ...(p.phones.length ? [`Phone: ${p.phones.map(oneLine).join(', ')}`] : []),
  ];
}

function contactHtml(p: ContactCard): Html {
  const role = roleLine(p);
  return html`<div style="border-left:3px solid #1f5f4a;padding:4px 0 4px 12px;margin:16px 0">
<p style="margin:0 0 8px"><strong>${oneLine(p.name)}</strong>${role ? html`<br><span style="color:#6b6b66">${role}</span>` : ''}</p>
${paragraphs(p.paragraph)}
<p style="margin:0">Email: <a href="mailto:${oneLine(p.email)}">${oneLine(p.email)}</a>${p.phones.map(
    (ph) => html`<br>Phone: <a href="tel:${oneLine(ph).replace(/[^\d+]/g, '')}">${oneLine(ph)}</a>`,
  )}</p>
</div>` as Html;
}

export function renderIntroduction(m: IntroductionMail): RenderedMail {
  const a = oneLine(m.a.name);
  const b = oneLine(m.b.name);
  const signer = oneLine(m.connector.name);
  const [ga, gb] = [oneLine(m.a.greeting), oneLine(m.b.greeting)];
  const greeting = `${ga}, meet ${gb}. ${gb}, meet ${ga}.`;
  const urge =
    "You've both said you'd welcome this, so I'll step back and leave it to you. Don't let it wait: find a time to talk in the next week or so, while it's fresh. Reply to this email to reach each other.";
  const personal = cleanText(m.personalLine ?? '');
  const text = textLines([
    greeting,
    '',
    ...(personal ? [personal, ''] : []),
    'Why I think you two should meet:',
    cleanText(m.reason),
    '',
    ...contactText(m.a),
    '',
    ...contactText(m.b),
    '',
    urge,
    '',
    'All the best,',
    signer,
  ]);
  const body = html`<p style="margin:0 0 12px">${greeting}</p>
${personal ? paragraphs(personal) : ''}
<p style="margin:0 0 4px"><strong>Why I think you two should meet</strong></p>
${paragraphs(m.reason)}
${contactHtml(m.a)}
${contactHtml(m.b)}
<p style="margin:0 0 12px">${urge}</p>
<p style="margin:0">All the best,<br>${signer}</p>` as Html;
  return {
    subject: `Introduction: ${a} <> ${b}`,
    text,
    html: layout({ preheader: greeting, body, footer: html`Sent with both of your agreement.` as Html }),
    links: [],
  };
}
