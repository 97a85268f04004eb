// Conformance with the third-party vCard corpus in test/fixtures/imports (see SOURCES.md there).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, ParsedItem } from './contact';
import { decodeFile } from './decode';
import { prepareFile } from './formats/index';
import { fromJCard, type JCard, parseVcards } from './formats/vcard';
import { toPerson } from './to-person';

const ROOT = join(import.meta.dirname, '../../test/fixtures/imports/vcard');

function items(rel: string, keepPhotos = false): ParsedItem[] {
  const { text } = decodeFile(readFileSync(join(ROOT, rel)));
  return [...parseVcards(text, { keepPhotos }).items];
}

function records(rel: string): ContactRecord[] {
  return items(rel).map((it) => {
    if (!it.ok) throw new Error(`${rel}: ${it.errors.join('; ')}`);
    return it.record;
  });
}

/** What the hard requirement names: names, emails, phones, organisations (and titles). */
function essentials(r: ContactRecord) {
  return {
    formattedName: r.formattedName,
    given: r.given,
    family: r.family,
    emails: r.emails.map((e) => e.value),
    phones: r.phones.map((p) => p.value),
    orgs: r.orgs,
    titles: r.titles,
  };
}

type Expect = {
  fn: string;
  emails?: string[];
  phones?: string[];
  org?: string;
  units?: string[];
  title?: string;
};

const EXPECTED: Record<string, Expect[]> = {
  'ez-vcard/John_Doe_BLACK_BERRY.vcf': [{ fn: 'John Doe', phones: ['+96123456789'], org: 'Acme Solutions' }],
  'ez-vcard/John_Doe_EVOLUTION.vcf': [
    {
      fn: 'Mr. John Richter, James Doe Sr.',
      emails: ['john.doe@ibm.com'],
      phones: ['905-666-1234', '905-555-1234'],
      org: 'IBM',
      units: ['Accounting', 'Dungeon'],
      title: 'Money Counter',
    },
  ],
  'ez-vcard/John_Doe_GMAIL.vcf': [
    {
      fn: 'Mr. John Richter, James Doe Sr.',
      emails: ['john.doe@ibm.com'],
      phones: ['905-555-1234', '905-666-1234'],
      org: 'IBM',
      title: 'Money Counter',
    },
  ],
  'ez-vcard/John_Doe_IPHONE.vcf': [
    {
      fn: 'Mr. John Richter James Doe Sr.',
      emails: ['john.doe@ibm.com'],
      phones: [
        '905-555-1234',
        '905-666-1234',
        '905-777-1234',
        '905-888-1234',
        '905-999-1234',
        '905-111-1234',
        '905-222-1234',
      ],
      org: 'IBM',
      units: ['Accounting'],
      title: 'Money Counter',
    },
  ],
  'ez-vcard/John_Doe_LOTUS_NOTES.vcf': [
    {
      fn: 'Mr. Doe John I Johny',
      emails: ['john.doe@ibm.com', 'billy_bob@gmail.com'],
      phones: ['+1 (212) 204-34456', '00-1-212-555-7777'],
      org: 'IBM',
      units: ['SUN'],
      title: 'Generic Accountant',
    },
  ],
  'ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf': [
    {
      fn: 'Mr. John Richter,James Doe Sr.',
      emails: ['john.doe@ibm.com'],
      phones: [
        '905-777-1234',
        '905-666-1234',
        '905-555-1234',
        '905-888-1234',
        '905-999-1234',
        '905-111-1234',
        '905-222-1234',
      ],
      org: 'IBM',
      units: ['Accounting'],
      title: 'Money Counter',
    },
  ],
  'ez-vcard/John_Doe_MS_OUTLOOK.vcf': [
    {
      fn: 'Mr. John Richter James Doe Sr.',
      emails: ['john.doe@ibm.cm'],
      phones: ['(905) 555-1234', '(905) 666-1234'],
      org: 'IBM',
      units: ['Accounting'],
      title: 'Money Counter',
    },
  ],
  'ez-vcard/fullcontact.vcf': [
    {
      fn: 'Prefix FirstName MiddleName LastName Suffix',
      emails: [
        'home@example.com',
        'work@example.com',
        'school@example.com',
        'other@example.com',
        'custom@example.com',
      ],
      phones: [
        '555-555-1111',
        '555-555-1112',
        '555-555-1113',
        '555-555-1114',
        '555-555-1115',
        '555-555-1116',
        '555-555-1117',
        '555-555-1118',
        '555-555-1119',
      ],
      org: 'Organization1',
      units: ['Department1'],
      title: 'Title1',
    },
  ],
  'ez-vcard/gmail-list.vcf': [
    { fn: 'Arnold Smith', emails: ['asmithk@gmail.com'] },
    { fn: 'Chris Beatle', emails: ['chrisy55d@yahoo.com'] },
    { fn: 'Doug White', emails: ['dwhite@gmail.com'] },
  ],
  'ez-vcard/gmail-single.vcf': [
    {
      fn: 'Greg Dartmouth',
      emails: ['gdartmouth@hotmail.com'],
      phones: ['555 555 1111', '555 555 2222'],
      org: 'TheCompany',
      title: 'TheJobTitle',
    },
  ],
  'ez-vcard/gmail-single2.vcf': [
    {
      fn: 'VCard Test',
      emails: [
        'email@example.com',
        'homeemail@example.com',
        'workemail@example.com',
        'otheremail@example.com',
        'customcategory@example.com',
      ],
      phones: Array.from({ length: 11 }, (_, i) => `55555511${String(11 + i)}`),
      org: 'TheCompany',
      title: 'TheJobTitle',
    },
  ],
  'ez-vcard/issue114.vcf': [
    {
      fn: 'Dummy, Dummy',
      emails: ['dummy.dummy@dummy.com'],
      phones: ['+49 1234 56789', '+49 9876 54321'],
      org: 'Dummy GmbH',
    },
  ],
  'ez-vcard/outlook-2003.vcf': [
    {
      fn: 'John Doe III',
      emails: ['jdoe@hotmail.com'],
      phones: ['BusinessPhone', 'HomePhone', 'MobilePhone', 'BusinessFaxPhone'],
      org: 'Company, The',
      units: ['TheDepartment'],
      title: 'The Job Title',
    },
  ],
  'ez-vcard/outlook-2007.vcf': [
    {
      fn: 'Mr. Michael Angstadt Jr.',
      emails: ['mike.angstadt@gmail.com'],
      phones: ['(111) 555-1111', '(111) 555-2222', '(111) 555-4444', '(111) 555-3333'],
      org: 'TheCompany',
      units: ['TheDepartment'],
      title: 'TheJobTitle',
    },
  ],
  'ez-vcard/rfc2426-example.vcf': [
    {
      fn: 'Frank Dawson',
      emails: ['Frank_Dawson@Lotus.com', 'fdawson@earthlink.net'],
      phones: ['+1-919-676-9515', '+1-919-676-9564'],
      org: 'Lotus Development Corporation',
    },
    {
      fn: 'Tim Howes',
      emails: ['howes@netscape.com'],
      phones: ['+1-415-937-3419', '+1-415-528-4164'],
      org: 'Netscape Communications Corp.',
    },
  ],
  'ez-vcard/rfc6350-example.vcf': [
    {
      fn: 'Simon Perreault',
      emails: ['simon.perreault@viagenie.ca'],
      phones: ['tel:+1-418-656-9254;ext=102', 'tel:+1-418-262-6501'],
      org: 'Viagenie',
    },
  ],
  'ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf': [
    {
      fn: 'John Doe',
      emails: [
        'doe.john@hotmail.com',
        'additional-email@company.com',
        'additional-email1@company.com',
        'additional-email2@company.com',
        'additional-email3@company.com',
      ],
      phones: ['555-555-1111', '555-555-2222', '555-555-5555', '555-555-3333', '555-555-4444'],
      org: 'TheOrganization',
      units: ['TheDepartment'],
      title: 'TheTitle',
    },
  ],
  'node-vcf/empty-lines.vcf': [
    {
      fn: 'Dr. Erika Mustermann',
      emails: ['erika@mustermann.de'],
      phones: ['+49 221 9999123', '+49 221 1234567'],
      org: 'Wikimedia',
      title: 'Redaktion & Gestaltung',
    },
  ],
  'node-vcf/multiple.vcf': [
    {
      fn: 'Dr. Erika Mustermann',
      emails: ['erika@mustermann.de'],
      phones: ['tel:+49-221-9999123', 'tel:+49-221-1234567'],
      org: 'Wikimedia',
    },
    {
      fn: 'Dr. Erika Mustermann',
      emails: ['erika@mustermann.de'],
      phones: ['(0221) 9999123', '(0221) 1234567'],
    },
    {
      fn: 'Dr. Erika Mustermann',
      emails: ['erika@mustermann.de'],
      phones: ['+49 221 9999123', '+49 221 1234567'],
    },
  ],
  'node-vcf/vcard-2.1.vcf': [
    {
      fn: 'Forrest Gump',
      emails: ['forrestgump@example.com'],
      phones: ['(111) 555-1212', '(404) 555-1212'],
      org: 'Bubba Gump Shrimp Co.',
      title: 'Shrimp Man',
    },
  ],
  'node-vcf/vcard-3.0.vcf': [
    {
      fn: 'Forrest Gump',
      emails: ['forrestgump@example.com'],
      phones: ['(111) 555-1212', '(404) 555-1212'],
      org: 'Bubba Gump Shrimp Co.',
      title: 'Shrimp Man',
    },
  ],
  'node-vcf/vcard-4.0.vcf': [
    {
      fn: 'Forrest Gump',
      emails: ['forrestgump@example.com'],
      phones: ['tel:+11115551212', 'tel:+14045551212', 'tel:+14045551213'],
      org: 'Bubba Gump Shrimp Co.',
      title: 'Shrimp Man',
    },
  ],
  'node-vcf/xing.vcf': [{ fn: 'Hans-Peter Mustermann', org: 'Example GmbH', title: 'CTO' }],
  'py-vobject/photo-test.vcf': [{ fn: 'should be ok to share', phones: ['+49123456789'] }],
  'py-vobject/radicale-1587.vcf': [{ fn: 'Given Family' }],
  'py-vobject/vcard40_full.vcf': [
    {
      fn: 'Dr. John Q. Public, III',
      emails: ['john.public@example.com', 'johnny@personal.example.org'],
      phones: ['tel:+1-555-555-5555', 'tel:+1-555-123-4567'],
      org: 'Example Corp.',
      units: ['North Division', 'Marketing'],
      title: 'CEO',
    },
  ],
  'py-vobject/vcard40_group.vcf': [{ fn: 'The Doe Family' }],
  'py-vobject/vcard40_location.vcf': [{ fn: 'Empire State Building', phones: ['tel:+1-212-736-3100'] }],
  'py-vobject/vcard40_multilang.vcf': [{ fn: 'Yamada Taro' }],
  'py-vobject/vcard40_org.vcf': [
    {
      fn: 'ABC Marketing',
      emails: ['marketing@abc.example.com'],
      org: 'ABC, Inc.',
      units: ['North American Division', 'Marketing'],
    },
  ],
  'py-vobject/vcard40_simple.vcf': [{ fn: 'John Doe' }],
};

describe('vCard corpus: names, emails, phones and organisations', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const got = records(file);
      expect(got).toHaveLength(expected.length);
      expected.forEach((want, i) => {
        const r = got[i]!;
        expect(r.formattedName).toBe(want.fn);
        if (want.emails) expect(r.emails.map((e) => e.value)).toEqual(want.emails);
        if (want.phones) expect(r.phones.map((p) => p.value)).toEqual(want.phones);
        if (want.org) expect(r.orgs[0]?.name).toBe(want.org);
        if (want.units) expect(r.orgs[0]?.units).toEqual(want.units);
        if (want.title) expect(r.titles[0]).toBe(want.title);
      });
    });
  }

  it('reads the Android export: QUOTED-PRINTABLE UTF-8 with soft line breaks, and a stray byte', () => {
    const got = records('ez-vcard/John_Doe_ANDROID.vcf');
    expect(got.map((r) => r.formattedName)).toEqual([
      '',
      '',
      'Ñ Ñ Ñ Ñ Ñ',
      `${'Ñ '.repeat(10)}Ñ`,
      'Ñ Ñ Ñ Ñ',
      'ÑÑÑÑ',
    ]);
    expect(got[0]!.emails.map((e) => e.value)).toEqual(['john.doe@company.com']);
    expect(got[3]!.phones.map((p) => p.value)).toEqual(['123456', '234567', '3456789', '45678901']);
    expect(got[4]!.emails.map((e) => e.value)).toEqual(['bob@company.com', 'Ñ'.repeat(14)]);
    expect(got[4]!.emails[0]!.types).toEqual(['work']);
    expect(got[5]!.orgs.map((o) => o.name)).toEqual(['Ñ'.repeat(44), 'Ñ'.repeat(44), 'Ñ'.repeat(44)]);
    expect(got[4]!.notes).toEqual([]);
    expect(got[3]!.notes).toHaveLength(2);
  });

  it('keeps Apple X-ABLabel labels on grouped properties', () => {
    const [r] = records('ez-vcard/gmail-single2.vcf');
    expect(r!.emails.find((e) => e.value === 'customcategory@example.com')?.label).toBe(
      'CustomEmailCategory',
    );
  });

  it('decodes base64 photos only when asked, and drops them otherwise', () => {
    const kept = items('ez-vcard/John_Doe_IPHONE.vcf', true)[0]!;
    const dropped = items('ez-vcard/John_Doe_IPHONE.vcf', false)[0]!;
    expect(kept.ok && kept.record.photo?.kind).toBe('data');
    const photo = kept.ok && kept.record.photo?.kind === 'data' ? kept.record.photo.data : Buffer.alloc(0);
    expect([...photo.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(dropped.ok && dropped.record.photo).toBeUndefined();
  });

  it('reads the 2.1 base64 block ended by a blank line (Outlook) and keeps later properties', () => {
    const [r] = records('ez-vcard/outlook-2007.vcf');
    expect(r!.emails.map((e) => e.value)).toEqual(['mike.angstadt@gmail.com']);
  });
});

describe('ical.js expected results (jCard oracles)', () => {
  const dir = join(ROOT, 'ical.js');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.vcf'));
  it('has the oracle files', () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const file of cases) {
    it(file, () => {
      const expectedJson = JSON.parse(readFileSync(join(dir, file.replace(/\.vcf$/, '.json')), 'utf8'));
      const oracle = (Array.isArray(expectedJson[0]) ? expectedJson : [expectedJson]) as JCard[];
      const got = records(`ical.js/${file}`);
      expect(got).toHaveLength(oracle.length);
      oracle.forEach((jcard, i) => {
        expect(essentials(got[i]!)).toEqual(essentials(fromJCard(jcard, [0, 0])));
        // The oracle keeps vCard 2.1 "\n" as two characters; the text is the same otherwise.
        const notes = fromJCard(jcard, [0, 0]).notes.map((n) => n.replace(/\\n/g, '\n'));
        expect(got[i]!.notes).toEqual(notes);
        expect(got[i]!.categories).toEqual(fromJCard(jcard, [0, 0]).categories);
      });
    });
  }

  it('matches the RFC 7095 jCard example for the RFC 6350 card (ez-vcard)', () => {
    const oracle = JSON.parse(readFileSync(join(ROOT, 'ez-vcard/jcard-example.json'), 'utf8')) as JCard;
    const [got] = records('ez-vcard/rfc6350-example.vcf');
    expect(essentials(got!)).toEqual(essentials(fromJCard(oracle, [0, 0])));
  });
});

describe('malformed cards (node-vcf 2013)', () => {
  const outcome = (rel: string) =>
    items(rel).map((it) => {
      if (!it.ok) return { lines: it.lines, error: it.errors.join(' ') };
      const mapped = toPerson(it.record, { keepPhotos: false });
      return mapped.ok
        ? { lines: it.record.lines, name: mapped.contact.input.name, warnings: mapped.contact.warnings }
        : { lines: it.record.lines, error: mapped.errors.join(' ') };
    });

  it('an empty card is reported with its lines', () => {
    expect(outcome('node-vcf-2013-initial/nickname0.vcard')).toEqual([
      { lines: [1, 2], error: 'No name, email address or phone number; nothing to import' },
    ]);
  });

  it('an empty TEL with bare types does not break the card', () => {
    expect(outcome('node-vcf-2013-initial/empty_tel.vcard')).toEqual([
      { lines: [1, 3], error: 'No name, email address or phone number; nothing to import' },
    ]);
  });

  it('a property name with a slash is reported by line and skipped', () => {
    const [r] = items('node-vcf-2013-initial/slash_in_field_name.vcard');
    expect(r!.ok && r!.record.warnings[0]).toMatch(/^Line 2: /);
  });

  it('a file without BEGIN:VCARD is refused with its line range', () => {
    const { text } = decodeFile(readFileSync(join(ROOT, 'node-vcf-2013-initial/ex1.vcard')));
    expect(() => prepareFile(text, { keepPhotos: false })).toThrow(/neither a vCard/);
    expect(() => prepareFile(text, { keepPhotos: false, format: 'vcard' })).toThrow(
      /lines 1–7 are not vCard data/,
    );
  });

  it('an invalid birthday is a warning; the valid cards of the same file import', () => {
    const got = items('node-vcf-2013-initial/ex_bdays.vcard');
    expect(got.map((g) => g.ok && g.record.lines)).toEqual([
      [1, 3],
      [4, 6],
      [7, 8],
    ]);
    expect(got[0]!.ok && got[0]!.record.warnings).toEqual(['Birthday "206-12-15" is not a date; ignored']);
    expect(got[1]!.ok && got[1]!.record.birthday).toBe('2003-12-09');
  });

  it('uses a nickname as the name when there is nothing else, and says so', () => {
    const [r] = outcome('node-vcf-2013-initial/nickname3.vcard');
    expect(r).toMatchObject({ name: 'Big Joey' });
    expect((r as { warnings: string[] }).warnings).toContain(
      'No name in the file; the nickname is used as the name',
    );
  });

  it('every card of every corpus file either imports or is reported with line numbers', () => {
    for (const dir of readdirSync(ROOT)) {
      for (const f of readdirSync(join(ROOT, dir)).filter((x) => /\.(vcf|vcard)$/.test(x))) {
        const { text } = decodeFile(readFileSync(join(ROOT, dir, f)));
        const lineCount = text.split(/\r\n|\n|\r/).length;
        if (!/begin:vcard/i.test(text)) continue;
        for (const it of parseVcards(text, { keepPhotos: true }).items) {
          const lines = it.ok ? it.record.lines : it.lines;
          expect(lines[0]).toBeGreaterThanOrEqual(1);
          expect(lines[1]).toBeLessThanOrEqual(lineCount);
          expect(lines[0]).toBeLessThanOrEqual(lines[1]);
          if (it.ok) toPerson(it.record, { keepPhotos: true });
        }
      }
    }
  });
});

describe('Thunderbird CSV corpus', () => {
  const CSV = join(import.meta.dirname, '../../test/fixtures/imports/contacts-csv/thunderbird');
  const read = (f: string) => {
    const { text } = decodeFile(readFileSync(join(CSV, f)));
    const prepared = prepareFile(text, { keepPhotos: false });
    return {
      format: prepared.format,
      records: [...prepared.items].map((it) => (it.ok ? it.record : undefined)),
    };
  };

  it('reads the standard comma-separated address book', () => {
    const { format, records } = read('basic_csv_addressbook.csv');
    expect(format).toBe('thunderbird');
    expect(records.map((r) => [r?.formattedName, r?.emails.map((e) => e.value)])).toEqual([
      ['John Doe', ['john@doe.invalid']],
      ['Jane Doe', ['jane@doe.invalid']],
    ]);
  });

  it('reads the semicolon-separated one', () => {
    const { format, records } = read('csv_semicolon.csv');
    expect(format).toBe('thunderbird');
    expect(records.map((r) => [r?.given, r?.family, r?.emails[0]?.value])).toEqual([
      ['John', 'Doe', 'john@doe.invalid'],
      ['Jane', 'Doe', 'jane@doe.invalid'],
    ]);
  });

  it('keeps escaped quotes, commas, tabs and newlines inside quoted fields, with the right lines', () => {
    const { records } = read('export.csv');
    expect(records[1]).toMatchObject({ formattedName: 'contact number two', lines: [3, 4] });
    expect(records[1]!.titles).toEqual(['"worker"']);
    expect(records[1]!.notes).toEqual([
      "here's some unicode text…",
      'custom, 1\ncustom\t2\ncustom3\ncustom\n4',
    ]);
    const mapped = toPerson(records[0]!, { keepPhotos: false });
    // "contact1@invalid" has no top-level domain: dropped with a warning, the contact still imports.
    expect(mapped.ok && mapped.contact.input.emails).toEqual([]);
    expect(mapped.ok && mapped.contact.warnings).toContain(
      '"contact1@invalid" is not an email address; skipped',
    );
  });
});

describe('CATEGORIES', () => {
  it('keeps an escaped comma inside its category; a tag gets a space for it', () => {
    for (const version of ['2.1', '3.0', '4.0']) {
      const text = `BEGIN:VCARD\r\nVERSION:${version}\r\nFN:Ada\r\nCATEGORIES:Work\\, Friends,VIP\r\nEND:VCARD\r\n`;
      const [item] = [...parseVcards(text, { keepPhotos: false }).items];
      if (!item?.ok) throw new Error('card not read');
      expect(item.record.categories).toEqual(['Work, Friends', 'VIP']);
      const mapped = toPerson(item.record, { keepPhotos: false });
      expect(mapped.ok && mapped.contact.input.tags).toEqual(['work friends', 'vip']);
    }
  });
});

describe('warnings', () => {
  it('say "were" of the notes and "was" of one field when shortening them', () => {
    const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${'N'.repeat(250)}\r\nNOTE:${'x'.repeat(20_050)}\r\nEND:VCARD\r\n`;
    const [item] = [...parseVcards(text, { keepPhotos: false }).items];
    if (!item?.ok) throw new Error('card not read');
    const mapped = toPerson(item.record, { keepPhotos: false });
    expect(mapped.ok && mapped.contact.warnings).toEqual([
      'The name was longer than 200 characters and was shortened',
      'The notes were longer than 20000 characters and were shortened',
    ]);
  });
});
