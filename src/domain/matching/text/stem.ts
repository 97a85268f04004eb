// The Porter stemmer (M. F. Porter, 1980), so "investors", "investing" and "invest" count as one word.
// Pure. Words of fewer than three letters and words with digits are left as they are.

const step2List: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const step3List: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const mgr0 = new RegExp(`^(${C})?${V}${C}`);
const meq1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const mgr1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const sV = new RegExp(`^(${C})?${v}`);

const step2Re =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const step3Re = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const step4Re = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const step4SionRe = /^(.+?)(s|t)(ion)$/;

export function stem(word: string): string {
  if (word.length < 3 || /[^a-z]/.test(word)) return word;
  let w = word;
  const firstY = w[0] === 'y';
  if (firstY) w = `Y${w.slice(1)}`;

  // Step 1a
  let m = /^(.+?)(ss|i)es$/.exec(w);
  if (m) w = `${m[1]}${m[2]}`;
  else {
    m = /^(.+?)([^s])s$/.exec(w);
    if (m) w = `${m[1]}${m[2]}`;
  }
  // Step 1b
  m = /^(.+?)eed$/.exec(w);
  if (m) {
    if (mgr0.test(m[1] as string)) w = w.slice(0, -1);
  } else {
    m = /^(.+?)(ed|ing)$/.exec(w);
    if (m && sV.test(m[1] as string)) {
      w = m[1] as string;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (new RegExp(`^${C}${v}[^aeiouwxy]$`).test(w)) w += 'e';
    }
  }
  // Step 1c
  m = /^(.+?)y$/.exec(w);
  if (m && sV.test(m[1] as string)) w = `${m[1]}i`;
  // Step 2
  m = step2Re.exec(w);
  if (m && mgr0.test(m[1] as string)) w = `${m[1]}${step2List[m[2] as string]}`;
  // Step 3
  m = step3Re.exec(w);
  if (m && mgr0.test(m[1] as string)) w = `${m[1]}${step3List[m[2] as string]}`;
  // Step 4
  m = step4Re.exec(w);
  if (m) {
    if (mgr1.test(m[1] as string)) w = m[1] as string;
  } else {
    m = step4SionRe.exec(w);
    if (m && mgr1.test(`${m[1]}${m[2]}`)) w = `${m[1]}${m[2]}`;
  }
  // Step 5
  m = /^(.+?)e$/.exec(w);
  if (m) {
    const base = m[1] as string;
    if (mgr1.test(base) || (meq1.test(base) && !new RegExp(`^${C}${v}[^aeiouwxy]$`).test(base))) w = base;
  }
  if (/ll$/.test(w) && mgr1.test(w)) w = w.slice(0, -1);
  if (firstY) w = `y${w.slice(1)}`;
  return w;
}

/**
 * A light normal form for matching lexicon phrases: plurals, "-ing" and "-ed" and a final "e" removed, a
 * doubled final consonant made single ("hiring", "hired", "hire" → "hir"; "planning" → "plan"). Unlike
 * `stem` it keeps the agent suffixes, so "recruiter" (who provides) stays apart from "recruiting" (what a
 * seeker does), and "reporter" from "reporting".
 */
export function lemma(word: string): string {
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (/([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
