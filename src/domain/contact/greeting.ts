// How a person is greeted in an email ("Hi Bruno,"): the name they are addressed by when the connector set
// one, else their first name. Emails that greet people by their full name read like a mail merge.

/** Honorifics and titles that come before a first name; "Dr. Ada Lovelace" is greeted as "Ada". */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'herr',
  'frau',
  'm',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
  'dott',
  'ing',
]);

const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * The greeting name: `addressedAs` when set, else the first word of the name that is not an honorific
 * ("Lovelace, Ada" is written surname first: the part after the comma). Falls back to the whole name
 * when it is only honorifics, and never answers '' for a name that has letters.
 */
export function greetingName(name: string, addressedAs = ''): string {
  const chosen = addressedAs.replace(/\s+/g, ' ').trim();
  if (chosen) return chosen;
  const whole = name.replace(/\s+/g, ' ').trim();
  const comma = whole.indexOf(',');
  const given = comma > 0 && comma < whole.length - 1 ? whole.slice(comma + 1).trim() : whole;
  const words = given.split(' ').filter((w) => w.length > 0);
  const first = words.find((w) => !isHonorific(w));
  return first ?? whole;
}
