import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, ParsedItem } from '../contact';
import { isLdifText, parseLdif } from './ldif';

const records = (text: string, keepPhotos = false): ContactRecord[] =>
  [...parseLdif(text, { keepPhotos }).items].flatMap((i: ParsedItem) => (i.ok ? [i.record] : []));

/** Writes one logical line as RFC 2849 folds it: every `width` characters, continuations led by a space. */
function fold(line: string, width: number): string {
  const out = [line.slice(0, width)];
  for (let i = width; i < line.length; i += width - 1) out.push(` ${line.slice(i, i + width - 1)}`);
  return out.join('\n');
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('isLdifText', () => {
  it('knows LDIF by its first dn: line, after comments, blank lines and a version line', () => {
    expect(isLdifText('dn: cn=A\ncn: A\n')).toBe(true);
    expect(isLdifText('# Thunderbird\n#  folded comment\n\nversion: 1\ndn:: Y249QQ==\n')).toBe(true);
    expect(isLdifText('\r\n\r\nDN: cn=A\r\n')).toBe(true);
  });

  it('does not take a vCard, a CSV or a version line alone for LDIF', () => {
    expect(isLdifText('BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n')).toBe(false);
    expect(isLdifText('dn,cn,mail\nx,y,z\n')).toBe(false);
    expect(isLdifText('Name,dn: x\n')).toBe(false);
    expect(isLdifText('version: 1\n')).toBe(false);
  });
});

describe('parseLdif', () => {
  it('unfolds continuation lines and skips comments, even a folded one, inside an entry', () => {
    const [r] = records(
      'dn: cn=Ana Lima\ncn: Ana\n  Lima\n# a comment\n  that goes on\nmail: ana@\n example.com\ndescription: one\n  two\n',
    );
    expect(r).toMatchObject({ lines: [1, 9], formattedName: 'Ana Lima', notes: ['one two'] });
    expect(r?.emails.map((e) => e.value)).toEqual(['ana@example.com']);
    expect(r?.warnings).toEqual([]);
  });

  it('reads base64 values as UTF-8, and bytes that are not UTF-8 as Windows-1252 with one warning', () => {
    const cp1252 = Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65]); // "Renée" in Windows-1252
    const [r] = records(`dn:: ${b64('cn=Zoë')}\ncn:: ${b64('Zoë')}\nsn:: ${cp1252.toString('base64')}\n`);
    expect(r).toMatchObject({ formattedName: 'Zoë', family: 'Renée' });
    expect(r?.warnings).toEqual([
      'The base64 values on line 3 are not UTF-8; they were read as Windows-1252',
    ]);
  });

  it('warns about a value that is not base64 and reads the rest', () => {
    const [r] = records('dn: cn=A\ncn:: !!!not base64!!!\nmail: a@example.com\n');
    expect(r?.emails.map((e) => e.value)).toEqual(['a@example.com']);
    expect(r?.warnings).toEqual(['Line 2: the base64 value of cn is not valid base64; ignored']);
  });

  it('takes the name from the dn when there is no cn, and options off attribute names', () => {
    const [r] = records(
      'dn: cn=Jo\\, Smith,mail=jo@example.com\ncn;lang-en: \nmail;x-work: jo@example.com\n',
    );
    expect(r).toMatchObject({ formattedName: 'Jo, Smith' });
    expect(r?.emails.map((e) => e.value)).toEqual(['jo@example.com']);
  });

  it('reads a birthday as full date or as Thunderbird’s three attributes, and warns about one that is not a date', () => {
    const [a, b, c, d, e] = records(
      'dn: cn=A\nbirthyear: 1980\nbirthmonth: 4\nbirthday: 12\n\ndn: cn=B\nbirthday: 1975-07-03\n\ndn: cn=C\nbirthmonth: 12\nbirthday: 31\n\ndn: cn=D\nbirthmonth: 13\nbirthday: 2\n\ndn: cn=E\nbirthyear: 1981\nbirthmonth: 2\nbirthday: 31\n',
    );
    expect([a?.birthday, b?.birthday, c?.birthday, d?.birthday, e?.birthday]).toEqual([
      '1980-04-12',
      '1975-07-03',
      '--12-31',
      undefined,
      undefined,
    ]);
    expect(d?.warnings).toEqual(['Birthday "13-2" is not a date; ignored']);
    expect(e?.warnings).toEqual(['Birthday "1981-2-31" is not a date; ignored']);
  });

  it('marks mailing lists, tree nodes and change records as not people; an entry of an unknown class is a person', () => {
    const rs = records(
      [
        'dn: cn=List\nobjectclass: top\nobjectclass: groupOfNames\ncn: List',
        'dn: ou=People,dc=x\nobjectClass: organizationalUnit',
        'dn: cn=A\nchangetype: modify\nreplace: mail\nmail: a@example.com\n-',
        'dn: cn=B\nobjectclass: top\nobjectclass: abPerson\ncn: B',
      ].join('\n\n'),
    );
    expect(rs.map((r) => r.notPerson?.split(' (')[0])).toEqual([
      'This entry is a mailing list',
      "This entry is part of the directory's tree",
      'This entry is a change to a directory',
      undefined,
    ]);
  });

  it('keeps a jpegPhoto only when photos are kept', () => {
    const text = `dn: cn=A\ncn: A\njpegPhoto:: ${b64(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))}\n`;
    expect(records(text)[0]?.photo).toBeUndefined();
    expect(records(text, true)[0]?.photo).toMatchObject({ kind: 'data', mediaType: 'image/jpeg' });
  });

  it('counts entries, not comments or the version line', () => {
    expect(parseLdif('# c\n\nversion: 1\n\ndn: cn=A\ncn: A\n\n# end\n', { keepPhotos: false }).total).toBe(1);
  });
});

// A value as LDAP programs write it: no line breaks, and the SAFE-STRING start RFC 2849 asks for.
const value = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
  .map((s) => s.replace(/[\r\n]/g, ' '))
  .filter((s) => /^[^ :<]/.test(s));

describe('parseLdif properties', () => {
  it('a value folded at any width reads back as written', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 2, max: 80 }), (v, width) => {
        const [r] = records(`dn: cn=x\n${fold(`description: ${v}`, width)}\n`);
        expect(r?.notes).toEqual(v.trim() ? [v.trim()] : []);
      }),
    );
  });

  it('any text written as base64, folded at any width, reads back as written', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 2, max: 80 }),
        (v, width) => {
          const [r] = records(`dn: cn=x\n${fold(`description:: ${b64(v)}`, width)}\n`);
          expect(r?.notes).toEqual(v.trim() ? [v.trim()] : []);
          expect(r?.warnings).toEqual([]);
        },
      ),
    );
  });

  it('never throws on any input, and every item names lines inside the file', () => {
    const piece = fc.constantFrom(
      'dn: cn=a',
      'dn:: ',
      'cn:: 4pyT',
      'mail: a@b.c',
      ' ',
      '#',
      '-',
      ':',
      '::',
      ':<',
      'version: 1',
      '\n',
      '\r\n',
      '\r',
      'objectclass: groupOfNames',
      'birthmonth: 99',
      '\u0000',
      'é',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const lines = text.split(/\r\n|\n|\r/).length;
        for (const item of parseLdif(text, { keepPhotos: true }).items) {
          const [a, b] = item.ok ? item.record.lines : item.lines;
          expect(1 <= a && a <= b && b <= lines).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseLdif on hostile files', () => {
  const within = (ms: number, run: () => void) => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(ms);
  };

  it('reads a 10 MB value folded into 140,000 lines in linear time', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    within(3000, () => {
      const [r] = records(`dn: cn=x\n${fold(`description: ${big}`, 76)}\n`);
      expect(r?.notes[0]?.length).toBe(big.length);
    });
  });

  it('reads a 10 MB single line of base64, and one with no colon at all, in linear time', () => {
    const big = Buffer.alloc(7 * 1024 * 1024, 0xe9).toString('base64');
    within(3000, () => {
      const [r] = records(`dn: cn=x\ndescription:: ${big}\n${'y'.repeat(10 * 1024 * 1024)}\n`);
      expect(r?.warnings).toHaveLength(2);
    });
  });

  it('reads a file of a million blank lines and dn: lines in linear time', () => {
    within(3000, () => {
      expect(
        parseLdif(`dn: cn=a\n${'\n'.repeat(1_000_000)}${'dn:\n\n'.repeat(100_000)}`, { keepPhotos: false })
          .total,
      ).toBe(100_001);
    });
  });
});
