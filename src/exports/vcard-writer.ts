// vCard 4.0 (RFC 6350) for one person: escaped, folded at 75 octets, CRLF. Pure.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export interface VcardPerson {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  company: string;
  title: string;
  location: string;
  links: { kind: string; url: string; label?: string }[];
  tags: string[];
  blurb: string;
  updatedAt: string;
  photo?: { mediaType: string; data: Uint8Array };
}

/** TEXT value escaping: backslash, comma, semicolon and line breaks. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line, 'utf8') <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // continuation lines start with a space
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** "Grace Brewster Hopper" → family "Hopper", given "Grace Brewster": a guess, N is for sorting only. */
function nameParts(name: string): [string, string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return ['', name.trim()];
  return [words.at(-1)!, words.slice(0, -1).join(' ')];
}

/** Marks cards as Linchpin's, so importing them back reads NOTE as the blurb. */
export const PRODID = 'PRODID:-//Linchpin//Linchpin//EN';

function telLine(phone: string): string {
  const p = parsePhoneNumberFromString(phone.replace(/ x(\d+)$/, ';ext=$1'));
  if (p?.isValid()) return `TEL;VALUE=uri:${p.getURI()}`;
  return `TEL;VALUE=text:${escapeText(phone)}`;
}

function rev(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function personToVcard(p: VcardPerson): string {
  const [family, given] = nameParts(p.name);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', PRODID, `UID:urn:uuid:${p.id}`, `FN:${escapeText(p.name)}`];
  lines.push(`N:${escapeText(family)};${escapeText(given)};;;`);
  for (const e of p.emails) lines.push(`EMAIL:${escapeText(e)}`);
  for (const t of p.phones) lines.push(telLine(t));
  if (p.company) lines.push(`ORG:${escapeText(p.company)}`);
  if (p.title) lines.push(`TITLE:${escapeText(p.title)}`);
  if (p.location) lines.push(`ADR:;;;${escapeText(p.location)};;;`);
  p.links.forEach((l, i) => {
    if (l.label) {
      lines.push(`item${i + 1}.URL:${l.url}`, `item${i + 1}.X-ABLABEL:${escapeText(l.label)}`);
    } else lines.push(`URL:${l.url}`);
  });
  if (p.tags.length) lines.push(`CATEGORIES:${p.tags.map(escapeText).join(',')}`);
  if (p.blurb) lines.push(`NOTE:${escapeText(p.blurb)}`);
  if (p.photo) {
    lines.push(`PHOTO:data:${p.photo.mediaType};base64,${Buffer.from(p.photo.data).toString('base64')}`);
  }
  lines.push(`REV:${rev(p.updatedAt)}`, 'END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
