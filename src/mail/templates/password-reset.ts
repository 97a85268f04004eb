// The email with a link to set a new password, sent when someone asks for one on the sign-in page.
import { html } from 'hono/html';
import { button, type Html, layout, textLines } from './layout';
import type { RenderedMail } from './types';

export interface PasswordResetMail {
  resetUrl: string;
  /** Whole minutes the link works for. */
  validMinutes: number;
}

export function renderPasswordReset(m: PasswordResetMail): RenderedMail {
  const intro = 'Someone (hopefully you) asked to set a new password for your Linchpin account.';
  const validity = `The link works once, for ${m.validMinutes} minutes. If you did not ask, ignore this email: your password stays as it is.`;
  const text = textLines([
    'Hello,',
    '',
    intro,
    '',
    `Set a new password: ${m.resetUrl}`,
    '',
    validity,
    '',
    '-- Linchpin',
  ]);
  const body = html`<p style="margin:0 0 12px">Hello,</p>
<p style="margin:0 0 16px">${intro}</p>
<p style="margin:0 0 16px">${button('Set a new password', m.resetUrl, 'primary')}</p>
<p style="margin:0">${validity}</p>` as Html;
  return {
    subject: 'Set a new Linchpin password',
    text,
    html: layout({ preheader: intro, body, footer: html`` as Html }),
    links: [{ label: 'Set a new password', url: m.resetUrl }],
  };
}
