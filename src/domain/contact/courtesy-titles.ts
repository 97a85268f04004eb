// Titles written before a name, as contact files hold them in a "Title" or "Salutation" column or a
// vCard's N prefix. A form of address ("Ms.", "Herr", "Mme", "Dhr.") says how to greet someone, not who
// they are, so a name built from its parts leaves it out; an academic or professional title ("Dr.",
// "Prof.") stays in the name. Short words that are also other things (a gender "M", a country code "FR")
// count only with their dot.

const FORMS_OF_ADDRESS = new Set([
  ...['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle', 'madame', 'monsieur'],
  ...['sr', 'sra', 'srta', 'don', 'doña', 'dña', 'sig', 'sigra', 'dhr', 'mevr'],
  ...['m.', 'hr.', 'fr.', 'mw.'],
]);
const ACADEMIC_TITLES = new Set([
  'dr',
  'prof',
  'professor',
  'dra',
  'dott',
  'drs',
  'rev',
  'me.',
  'ir.',
  'ing.',
  'mag.',
]);

function words(v: string): string[] {
  return v.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** "Sig.ra" and "Sra." are one title: a dot inside a word abbreviates, as one at its end does. */
const inSet = (set: ReadonlySet<string>, w: string) =>
  set.has(w) || set.has(w.replace(/\.$/, '')) || (/\.\p{L}/u.test(w) && set.has(w.replace(/\./g, '')));

/** "Ms.", "Herr", "Mme": a form of address and nothing else. */
export function isFormOfAddress(v: string): boolean {
  const ws = words(v);
  return ws.length > 0 && ws.every((w) => inSet(FORMS_OF_ADDRESS, w));
}

/** "Ms.", "Dr.", "Prof. Dr.", "Sra.": a title written before a name and nothing else. */
export function isTitleBeforeName(v: string): boolean {
  const ws = words(v);
  return ws.length > 0 && ws.every((w) => inSet(FORMS_OF_ADDRESS, w) || inSet(ACADEMIC_TITLES, w));
}

/**
 * Written after a name, after a comma ("Chidi Anagonye, PhD", "Martin Luther King, Jr."): not a given name.
 * Letters that are also given names ("Do", "Ma") are left out.
 */
const AFTER_NAME = new Set([
  ...[
    'jr',
    'sr',
    'ii',
    'iii',
    'iv',
    'phd',
    'md',
    'dds',
    'dvm',
    'jd',
    'llm',
    'mba',
    'msc',
    'bsc',
    'cpa',
    'cfa',
  ],
  ...['esq', 'obe', 'mbe', 'cbe', 'qc', 'frcs', 'mrcp', 'dphil', 'edd'],
]);

/** "PhD", "Jr.", "MD, MBA", "Ph.D.": only titles and letters written after a name. */
export function isAfterName(v: string): boolean {
  const ws = v
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((w) => w.replace(/\./g, ''));
  return ws.length > 0 && ws.every((w) => AFTER_NAME.has(w));
}
