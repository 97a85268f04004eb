// A name for a contact the file gives only an email address for: "jane.doe@x.com" → "Jane Doe". The
// import marks such a name as guessed (in the report and in the person's private notes).

/** Mailboxes of a role or a team, not a person: their local part names no one. */
const ROLE_MAILBOXES = new Set([
  ...['admin', 'contact', 'hello', 'help', 'info', 'kontakt', 'mail', 'marketing', 'no-reply', 'noreply'],
  ...['office', 'sales', 'support', 'team', 'orders', 'procurement', 'billing', 'accounts', 'bookings'],
  ...['reception', 'enquiries', 'inquiries'],
  // the same in other languages: Portuguese, Spanish, French, Polish, German
  ...['contato', 'contacto', 'accueil', 'biuro', 'buchhaltung', 'empfang'],
]);

/** The name an address's local part spells, or undefined when it spells none (digits, a role). */
export function nameFromEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = email.slice(0, at).split('+')[0]!;
  if (ROLE_MAILBOXES.has(local.toLowerCase())) return undefined;
  const words = local
    .split(/[._\-\s]+/)
    .map((w) => w.replace(/\d+/g, ''))
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
