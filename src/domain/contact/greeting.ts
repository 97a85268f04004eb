// How a person is greeted in an email ("Hi Bruno,"): the name they are addressed by when the connector set
// one, else their first name. Emails that greet people by their full name read like a mail merge.
import { isAfterName, isTitleBeforeName } from './courtesy-titles';

/**
 * The greeting name: `addressedAs` when set, else the first word of the name that is not an honorific
 * ("Lovelace, Ada" is written surname first: the part after the comma). Falls back to the whole name
 * when it is only honorifics, and never answers '' for a name that has letters.
 */
export function greetingName(name: string, addressedAs = ''): string {
  const chosen = addressedAs.replace(/\s+/g, ' ').trim();
  if (chosen) return chosen;
  const whole = name.replace(/\s+/g, ' ').trim();
  // "Lovelace, Ada" is surname first; "Chidi Anagonye, PhD" is a name and the letters after it.
  const parts = whole.split(',').map((p) => p.trim());
  while (parts.length > 1 && (parts.at(-1) === '' || isAfterName(parts.at(-1) ?? ''))) parts.pop();
  const given = parts.length > 1 && parts[0] !== '' ? (parts[1] ?? whole) : whole;
  const words = given.split(' ').filter((w) => w.length > 0);
  const first = words.find((w) => !isTitleBeforeName(w));
  return first ?? whole;
}

/**
 * The name without the titles before it ("Dr. Maya Okafor" → "Maya Okafor"), for what is drawn from a name's
 * words, such as initials ("MO", not "DM"). The whole name when it is only titles.
 */
export function withoutTitles(name: string): string {
  const words = name.replace(/\s+/g, ' ').trim().split(' ');
  const first = words.findIndex((w) => w.length > 0 && !isTitleBeforeName(w));
  return first < 0 ? name.trim() : words.slice(first).join(' ');
}
