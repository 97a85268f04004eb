import { describe, expect, it } from 'vitest';
import { type ContactRecord, emptyRecord } from '../contact';
import { birthdayFromParts, parseLooseDate, setBirthday } from './csv-format';
import { prepareFile } from './index';

function parse(text: string, opts: Parameters<typeof prepareFile>[1] = { keepPhotos: false }) {
  const prepared = prepareFile(text, opts);
  const records = [...prepared.items].map((it) => {
    if (!it.ok) throw new Error(it.errors.join('; '));
    return it.record;
  });
  return { format: prepared.format, total: prepared.total, records };
}

const emails = (r: ContactRecord) => r.emails.map((e) => e.value);

describe('LinkedIn Connections.csv', () => {
  const current = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Ana,Konterman🔸,https://www.linkedin.com/in/ana-konterman,,"Stripe, Inc.","Head of Ops, EMEA",09 Oct 2024',
    'Igor\t,Linnik🇺🇦,https://www.linkedin.com/in/goran-stipeti%C4%87-123,igor@example.com, -,Engineer,1 Feb 2023',
    'Priyanka ,Rao ,https://www.linkedin.com/in/prao,,Ελληνική Εταιρεία,,28 Feb 2020',
  ].join('\r\n');

  it('reads the current format after the Notes preamble, with line numbers of the file', () => {
    const { format, records } = parse(current);
    expect(format).toBe('linkedin');
    expect(records.map((r) => r.lines)).toEqual([
      [5, 5],
      [6, 6],
      [7, 7],
    ]);
    expect(records[0]).toMatchObject({
      given: 'Ana',
      family: 'Konterman🔸',
      orgs: [{ name: 'Stripe, Inc.', units: [] }],
      titles: ['Head of Ops, EMEA'],
      connectedOn: '2024-10-09',
    });
    expect(records[0]!.urls).toEqual([
      { value: 'https://www.linkedin.com/in/ana-konterman', types: [], pref: false, label: 'LinkedIn' },
    ]);
  });

  it('trims tabs and trailing spaces, ignores the " -" company, keeps non-Latin companies', () => {
    const { records } = parse(current);
    expect(records[1]).toMatchObject({
      given: 'Igor',
      family: 'Linnik🇺🇦',
      orgs: [],
      connectedOn: '2023-02-01',
    });
    expect(emails(records[1]!)).toEqual(['igor@example.com']);
    expect(records[2]).toMatchObject({
      given: 'Priyanka',
      family: 'Rao',
      orgs: [{ name: 'Ελληνική Εταιρεία' }],
    });
  });

  it('reads the 2018 format: no preamble, no URL, US dates with a time, urn:li:member is not an email', () => {
    const old = [
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Jane,Doe,urn:li:member:664293716,Acme,CTO,"1/8/18, 6:14 PM"',
      'John,Roe,john@roe.example,Acme,CEO,"12/31/17, 11:59 AM"',
    ].join('\n');
    const { format, records } = parse(old);
    expect(format).toBe('linkedin');
    expect(emails(records[0]!)).toEqual([]);
    expect(records[0]!.connectedOn).toBe('2018-01-08');
    expect(records[1]!.connectedOn).toBe('2017-12-31');
    expect(emails(records[1]!)).toEqual(['john@roe.example']);
  });

  it('warns about a date it cannot read instead of guessing', () => {
    const { records } = parse('First Name,Last Name,Company,Position,Connected On\nA,B,C,D,yesterday\n');
    expect(records[0]!.connectedOn).toBeUndefined();
    expect(records[0]!.warnings[0]).toMatch(/not a date/);
  });
});

describe('Google Contacts CSV', () => {
  it('reads the legacy format with ::: multi-values and * primary markers', () => {
    const text = [
      'Name,Given Name,Additional Name,Family Name,Name Prefix,Name Suffix,Nickname,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Organization 1 - Department,Website 1 - Type,Website 1 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country',
      'Ada Lovelace,Ada,,Lovelace,,,,1815-12-10,"Met at the\nengine demo",* myContacts ::: Friends ::: Math,* Work,ada@work.example ::: ada@home.example,Home,ada@old.example,Mobile,+44 20 7946 0001 ::: +44 20 7946 0002,,Analytical Ltd,Analyst,R&D,Profile,https://www.linkedin.com/in/ada,Home,"1 St James Sq, London",1 St James Sq,London,,SW1Y 4JH,UK',
    ].join('\n');
    const { format, records } = parse(text);
    expect(format).toBe('google-legacy');
    const r = records[0]!;
    expect(r.formattedName).toBe('Ada Lovelace');
    expect(emails(r)).toEqual(['ada@work.example', 'ada@home.example', 'ada@old.example']);
    expect(r.emails[0]).toMatchObject({ pref: true, types: ['work'] });
    expect(r.phones.map((p) => p.value)).toEqual(['+44 20 7946 0001', '+44 20 7946 0002']);
    expect(r.orgs).toEqual([{ name: 'Analytical Ltd', units: ['R&D'] }]);
    expect(r.titles).toEqual(['Analyst']);
    expect(r.categories).toEqual(['Friends', 'Math']);
    expect(r.birthday).toBe('1815-12-10');
    expect(r.notes).toEqual(['Met at the\nengine demo']);
    expect(r.addresses[0]).toMatchObject({ locality: 'London', country: 'UK', postalCode: 'SW1Y 4JH' });
    expect(r.lines).toEqual([2, 3]);
  });

  it('reads the current format (First Name…, E-mail 1 - Label)', () => {
    const text = [
      'First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value',
      'Grace,Brewster,Hopper,,Rear Admiral,,Amazing Grace,,US Navy,Computer Scientist,,--12-09,,,* myContacts ::: VIP,* Work,grace@navy.example,Mobile,+1 202 555 0101,Custom Label,+1 202 555 0102',
    ].join('\n');
    const { format, records } = parse(text);
    expect(format).toBe('google');
    const r = records[0]!;
    expect([r.prefix, r.given, r.middle, r.family]).toEqual(['Rear Admiral', 'Grace', 'Brewster', 'Hopper']);
    expect(r.nicknames).toEqual(['Amazing Grace']);
    expect(r.orgs[0]!.name).toBe('US Navy');
    expect(r.birthday).toBe('--12-09');
    expect(r.categories).toEqual(['VIP']);
    expect(r.phones[1]).toMatchObject({ value: '+1 202 555 0102', label: 'Custom Label' });
  });
});

describe('Outlook CSV', () => {
  it('reads the fully quoted export with one column per phone kind', () => {
    const text = [
      '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Street","Business City","Business State","Business Postal Code","Business Country/Region","Business Phone","Home Phone","Mobile Phone","Birthday","Categories","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 3 Address","Notes","Web Page"',
      '"Dr.","Katherine","","Johnson","","NASA","Flight Research","Mathematician","1 Langley Blvd","Hampton","VA","23681","United States of America","(757) 555-0100","","(757) 555-0199","8/26/1918","Space;Heroes","katherine@nasa.example","SMTP","Katherine Johnson (katherine@nasa.example)","kj@home.example","","Calculated trajectories","www.nasa.example"',
    ].join('\r\n');
    const { format, records } = parse(text);
    expect(format).toBe('outlook');
    const r = records[0]!;
    expect(emails(r)).toEqual(['katherine@nasa.example', 'kj@home.example']);
    expect(r.phones.map((p) => [p.value, p.types])).toEqual([
      ['(757) 555-0199', ['cell']],
      ['(757) 555-0100', ['work']],
    ]);
    expect(r.birthday).toBe('1918-08-26');
    expect(r.categories).toEqual(['Space', 'Heroes']);
    expect(r.addresses[0]).toMatchObject({ locality: 'Hampton', region: 'VA', types: ['work'] });
    expect(r.urls[0]!.value).toBe('www.nasa.example');
  });

  it('treats Outlook\'s "0/0/00" birthday as none', () => {
    const { records } = parse(
      '"First Name","Last Name","E-mail Address","Job Title","Birthday"\n"A","B","a@b.example","X","0/0/00"\n',
    );
    expect(records[0]!.birthday).toBeUndefined();
    expect(records[0]!.warnings).toEqual([]);
  });
});

describe('dates as exports write them', () => {
  it.each([
    ['2024-10-09', 'mdy', '2024-10-09'],
    ['1/8/18, 6:14 PM', 'mdy', '2018-01-08'],
    ['7/19/1985', 'mdy', '1985-07-19'],
    ['15/8/1979', 'dmy', '1979-08-15'],
    ['05/02/1990', 'dmy', '1990-02-05'],
    ['3.7.1975', 'mdy', '1975-07-03'],
    ['31-12-1980', 'mdy', '1980-12-31'],
    ['03/14', 'mdy', '--03-14'],
    ['14/03', 'dmy', '--03-14'],
    ['--02-29', 'mdy', '--02-29'],
    // year first, as Japanese, Chinese and Korean exports write it, whatever the order of day and month
    ['1975/4/1', 'mdy', '1975-04-01'],
    ['1975/4/1', 'dmy', '1975-04-01'],
    ['1990. 3. 15.', 'dmy', '1990-03-15'],
    ['1988年8月8日', 'mdy', '1988-08-08'],
    // the month in words, with an ordinal day or without a year (forms), and Excel's serial number
    ['3rd March 1980', 'mdy', '1980-03-03'],
    ['21st Sep 1975', 'dmy', '1975-09-21'],
    ['March 3', 'mdy', '--03-03'],
    ['3 March', 'dmy', '--03-03'],
    ['June 22nd, 1990', 'mdy', '1990-06-22'],
    ['29283', 'mdy', '1980-03-03'],
    ['1980-03-03 00:00:00', 'mdy', '1980-03-03'],
  ] as const)('%s (%s) is %s', (raw, order, date) => {
    expect(parseLooseDate(raw, 30, order)).toBe(date);
  });

  it('reads no date where there is none', () => {
    expect(parseLooseDate('15/8/1979', 30, 'mdy')).toBeUndefined();
    expect(parseLooseDate('31.2.1980')).toBeUndefined();
    expect(parseLooseDate('--02-30')).toBeUndefined();
  });

  it('takes "no date" in every locale of Outlook for none, with no warning', () => {
    for (const none of ['0/0/00', '00/00/00', '0.0.00', '0-0-00']) {
      const r = emptyRecord([2, 2]);
      setBirthday(r, none, 'dmy');
      expect([r.birthday, r.warnings]).toEqual([undefined, []]);
    }
  });

  it('builds a birthday from year, month and day cells, without a year when there is none', () => {
    expect(birthdayFromParts('1994', '2', '28')).toBe('1994-02-28');
    expect(birthdayFromParts('', '9', '1')).toBe('--09-01');
    expect(birthdayFromParts('1994', '2', '30')).toBeUndefined();
    expect(birthdayFromParts('1994', '', '3')).toBeUndefined();
  });
});

describe('generic CSV', () => {
  const text =
    'Full Name;Mail;Mail 2;Org;Where\nAlan Turing;alan@example.org;a.turing@example.org;Bletchley;Wilmslow, UK\n';

  it('guesses the mapping from the headers when none is given (issue 11: no longer refused)', () => {
    const { format, records } = parse(text);
    expect(format).toBe('csv');
    expect(records[0]).toMatchObject({ formattedName: 'Alan Turing', orgs: [{ name: 'Bletchley' }] });
    expect(emails(records[0]!)).toEqual(['alan@example.org', 'a.turing@example.org']);
  });

  it('needs a mapping and names the columns when no column can be recognised', () => {
    expect(() => parse('Kunde;Wert\nA;17\nB;18\n')).toThrow(/needs a column mapping.*Kunde, Wert/);
  });

  it('reads the file through the mapping (several columns for email)', () => {
    const { format, records } = parse(text, {
      keepPhotos: false,
      mapping: { name: 'Full Name', email: ['Mail', 'Mail 2'], company: 'Org', location: 'Where' },
    });
    expect(format).toBe('csv');
    expect(records[0]).toMatchObject({ formattedName: 'Alan Turing', location: 'Wilmslow, UK' });
    expect(emails(records[0]!)).toEqual(['alan@example.org', 'a.turing@example.org']);
  });

  it('reads the first address a row fills, each address kept whole (home, work, an unqualified town)', () => {
    const file = [
      'Name,workStreet,homeCity,workCity,homeCountry,workCountry',
      'Fiona,1 Harbour Rd,,Oban,,United Kingdom',
      'Rui,,Lisboa,,Portugal,',
    ].join('\n');
    const { records } = parse(file);
    expect(records.map((r) => r.addresses.map((a) => [a.street, a.locality, a.country]))).toEqual([
      [['1 Harbour Rd', 'Oban', 'United Kingdom']],
      [['', 'Lisboa', 'Portugal']],
    ]);
    // French Thunderbird: "Adresse privée" then unqualified "Ville" and "Pays", twice.
    const french =
      'Nom,Adresse privée,Ville,Pays,Adresse professionnelle,Ville,Pays\nGaëlle,,,,3 rue de Siam,Brest,France\n';
    expect(parse(french).records[0]!.addresses).toMatchObject([
      { street: '3 rue de Siam', locality: 'Brest', country: 'France' },
    ]);
  });

  it('refuses a mapping that names a missing column', () => {
    expect(() => parse(text, { keepPhotos: false, mapping: { name: 'Nom' } })).toThrow(/Nom/);
  });
});

describe('mixed line endings (CRLF, LF and CR in one file)', () => {
  const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
  const rows = [1, 2, 3].map((n) => `Mix,N${n},,mix${n}@example.com,Co,P,0${n} Jan 2024`);

  it("reads every row of a CRLF header over LF rows (the reviewer's file)", () => {
    const { format, records } = parse(`${LINKEDIN}\r\n${rows[0]}\n${rows[1]}\n${rows[2]}\r\n`);
    expect(format).toBe('linkedin');
    expect(records.map((r) => [r.family, emails(r)[0], r.lines])).toEqual([
      ['N1', 'mix1@example.com', [2, 2]],
      ['N2', 'mix2@example.com', [3, 3]],
      ['N3', 'mix3@example.com', [4, 4]],
    ]);
  });

  it('reads a BOM file mixing CRLF, LF and CR, after the LinkedIn preamble too', () => {
    const plain = `\ufeff${LINKEDIN}\n${rows[0]}\r${rows[1]}\r\n${rows[2]}\r`;
    const preamble = `Notes:\r\n"Some emails are missing."\n\r${LINKEDIN}\r${rows[0]}\n${rows[1]}\r\n${rows[2]}`;
    for (const text of [plain, preamble]) {
      const { records } = parse(text);
      expect(records.map((r) => r.family)).toEqual(['N1', 'N2', 'N3']);
    }
    expect(parse(preamble).records.map((r) => r.lines)).toEqual([
      [5, 5],
      [6, 6],
      [7, 7],
    ]);
  });

  it('reads Google legacy rows with mixed endings and keeps line breaks inside quoted notes', () => {
    const header = 'Name,Given Name,Family Name,Notes,E-mail 1 - Type,E-mail 1 - Value';
    const text = `${header}\r\nAda L,Ada,L,"one\r\ntwo",,ada@example.com\nBob M,Bob,M,"x\ny",,bob@example.com\rCy N,Cy,N,,,cy@example.com\r\n`;
    const { format, records } = parse(text);
    expect(format).toBe('google-legacy');
    expect(records.map((r) => [r.formattedName, r.notes, r.lines])).toEqual([
      ['Ada L', ['one\r\ntwo'], [2, 3]],
      ['Bob M', ['x\ny'], [4, 5]],
      ['Cy N', [], [6, 6]],
    ]);
  });
});

describe('CSV details', () => {
  it('honours an Excel "sep=" first line and keeps line numbers right', () => {
    const { format, records } = parse(
      'sep=;\nFirst Name;Last Name;Company;Position;Connected On\nAda;Lovelace;Engines;Analyst;09 Oct 2024\n',
    );
    expect(format).toBe('linkedin');
    expect(records[0]).toMatchObject({ given: 'Ada', lines: [3, 3] });
  });

  it('refuses a header without rows (an empty export)', () => {
    expect(() => parse('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')).toThrow(
      /no contacts/,
    );
  });
});

describe('bad CSV input', () => {
  it('refuses a file with an unbalanced quote as a whole, naming where it starts', () => {
    const text =
      'First Name,Last Name,Company,Position,Connected On\nA,B,C,D,01 Jan 2020\n"E,F,G,H,01 Jan 2020\nI,J,K,L,01 Jan 2020\n';
    expect(() => parse(text)).toThrow(/line 3 is never closed|unbalanced quotes/);
  });

  it('reports an unknown format clearly', () => {
    expect(() => parse('just some words\nwithout any structure\n')).toThrow(/Unknown format/);
  });

  it('recognises a Linchpin backup and points to restore', () => {
    expect(() => parse('{\n  "format": "linchpin-backup",\n  "version": 1\n}')).toThrow(/restore/);
  });
});
