// Deterministic test files for the import benchmarks: a LinkedIn Connections.csv in the current format
// and a multi-card vCard 3.0 file, with the quirks real exports have (missing emails, quoted commas,
// emoji, trailing spaces, folded lines).

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Linus',
  'Margaret',
  'Tim',
  'Barbara',
  'Ken',
  'Frances',
  'Dennis',
  'Radia',
  'Zoë',
  'Priya',
  'Igor',
  'Mei',
  'Olu',
  'Sven',
  'Aisha',
  'Diego',
  'Hana',
  'Yusuf',
  'Elena',
  'Kwame',
  'Sofia',
  'Luca',
  'Noor',
  'Mateo',
  'Ingrid',
  'Ravi',
  'Chloé',
  'Tomás',
  'Amara',
  'Jonas',
  'Leila',
  'Kenji',
  'Fatima',
  'Oscar',
  'Ana',
  'Bruno',
  'Iris',
];
const SYLLABLES = [
  'lo',
  'ver',
  'hop',
  'tur',
  'ing',
  'mar',
  'ten',
  'son',
  'ber',
  'ka',
  'ri',
  'del',
  'sto',
  'vic',
  'an',
  'mo',
  'ra',
  'len',
  'gu',
  'shi',
  'ta',
  'ne',
  'wal',
  'ko',
  'zu',
  'fer',
  'nan',
  'dez',
  'ol',
  'sen',
];

/** A small deterministic pseudo-random sequence, so every run generates the same file. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

function surname(r: (n: number) => number): string {
  const n = 2 + r(2);
  const s = Array.from({ length: n }, () => SYLLABLES[r(SYLLABLES.length)]).join('');
  return s[0]!.toUpperCase() + s.slice(1);
}

const COMPANIES = [
  'Acme',
  '"Stripe, Inc."',
  'Initech',
  'Umbrella',
  'Hooli',
  ' -',
  'Stark Industries',
  'Wayne Enterprises',
  'Ελληνική Εταιρεία',
  'Cyberdyne',
];
const TITLES = [
  'Founder',
  'CTO',
  '"Head of Ops, EMEA"',
  'Engineer',
  'Partner',
  'Recruiter',
  'Designer',
  'Investor',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pick = <T>(xs: T[], i: number, k: number) => xs[(i * k + Math.floor(i / xs.length)) % xs.length]!;

export function linkedinCsv(rows: number): string {
  const out = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const r = rng(42);
  for (let i = 0; i < rows; i++) {
    const first = FIRST[r(FIRST.length)]! + (i % 13 === 0 ? ' ' : '') + (i % 97 === 0 ? '🔸' : '');
    const last = surname(r);
    const email = i % 4 === 0 ? `p${i}@example.com` : '';
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${first
          .trim()
          .toLowerCase()
          .replace(/[^a-z]/g, '')}-${last.toLowerCase()}-${i.toString(36)}`,
        email,
        pick(COMPANIES, i, 3),
        pick(TITLES, i, 11),
        `${day} ${MONTHS[i % 12]} ${2010 + (i % 15)}`,
      ].join(','),
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

export function vcards(cards: number): string {
  const out: string[] = [];
  const r = rng(7);
  for (let i = 0; i < cards; i++) {
    const given = FIRST[r(FIRST.length)]!;
    const family = surname(r);
    out.push(
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${family};${given};;;`,
      `FN:${given} ${family}`,
      `EMAIL;TYPE=INTERNET;TYPE=WORK:c${i}@example.com`,
      ...(i % 3 === 0
        ? [`item1.EMAIL;TYPE=INTERNET:c${i}@home.example`, 'item1.X-ABLabel:_$!<Other>!$_']
        : []),
      `TEL;TYPE=CELL:+44 20 7${String(i).padStart(3, '0').slice(-3)} ${String(i).padStart(4, '0').slice(-4)}`,
      `ORG:${pick(COMPANIES, i, 3).replace(/"/g, '').replace(/,/g, '\\,')};Engineering`,
      `TITLE:${pick(TITLES, i, 11).replace(/"/g, '').replace(/,/g, '\\,')}`,
      `ADR;TYPE=WORK:;;${i} Main Street;London;;SW1A ${i % 9}AA;United Kingdom`,
      `NOTE:Met at conference ${i % 40}\\, talked about hiring and a long note that is folded across`,
      ' lines the way phones write it.',
      'CATEGORIES:Friends,Work',
      'END:VCARD',
    );
  }
  return `${out.join('\r\n')}\r\n`;
}
