import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVcards } from './vcard';
import { decodeQuotedPrintable, normaliseCard, parseLine, splitCards, unfold } from './vcard-lines';

const one = (text: string, keepPhotos = false) => {
  const [item] = [...parseVcards(text, { keepPhotos }).items];
  if (!item?.ok) throw new Error(item ? item.errors.join() : 'no card');
  return item.record;
};

/** A QUOTED-PRINTABLE encoder for the round-trip property (soft breaks every 20 characters). */
function encodeQp(text: string): string {
  const out = [...Buffer.from(text, 'utf8')]
    .map((b) =>
      b >= 33 && b <= 126 && b !== 61
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  return out.replace(/(.{20})/g, '$1=\r\n');
}

describe('vCard 2.1 pre-normalisation', () => {
  it('rewrites bare types and encodings to TYPE= and ENCODING= parameters', () => {
    const r = one(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jo\r\nTEL;HOME;VOICE;PREF:123\r\nEMAIL;INTERNET;WORK:jo@x.example\r\nEND:VCARD\r\n',
    );
    expect(r.phones).toEqual([{ value: '123', types: ['home', 'voice'], pref: true }]);
    expect(r.emails).toEqual([{ value: 'jo@x.example', types: ['work'], pref: false }]);
  });

  it('decodes QUOTED-PRINTABLE with soft line breaks and a CHARSET', () => {
    const r = one(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Bj=F8rn=\r\n J=E9nsen\r\nNOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0Aline two\r\nEND:VCARD\r\n',
    );
    expect(r.formattedName).toBe('Bjørn Jénsen');
    expect(r.notes).toEqual(['line one\nline two']);
  });

  it('keeps structure in QUOTED-PRINTABLE structured values (N, ADR)', () => {
    const r = one(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller;J=C3=BCrgen;;;\r\nEND:VCARD\r\n',
    );
    expect([r.family, r.given]).toEqual(['Müller', 'Jürgen']);
  });

  it('reads a base64 PHOTO block ended by a blank line, with unindented lines', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).toString('base64');
    const text = `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:P\r\nPHOTO;JPEG;ENCODING=BASE64:\r\n ${jpeg.slice(0, 8)}\r\n${jpeg.slice(8)}\r\n\r\nEMAIL:p@x.example\r\nEND:VCARD\r\n`;
    const r = one(text, true);
    expect(r.photo?.kind === 'data' && r.photo.data.toString('base64')).toBe(jpeg);
    expect(r.emails[0]!.value).toBe('p@x.example');
    expect(one(text, false).photo).toBeUndefined();
  });

  it('takes a bare https PHOTO (Google) as a link, not as base64', () => {
    const r = one(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:G\r\nPHOTO:https://lh3.googleusercontent.com/a/photo.jpg\r\nEND:VCARD\r\n',
      true,
    );
    expect(r.photo).toEqual({ kind: 'uri', uri: 'https://lh3.googleusercontent.com/a/photo.jpg' });
  });

  it('round-trips any text through QUOTED-PRINTABLE (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(decodeQuotedPrintable(encodeQp(text).replace(/=\r\n/g, '')).toString('utf8')).toBe(text);
        const clean = text.replace(/[\r\n]/g, ' ');
        const card = `BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${encodeQp(`x${clean}`)}\r\nEND:VCARD\r\n`;
        const r = one(card);
        expect(r.notes.join('')).toBe(`x${clean}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('line handling', () => {
  it('unfolds RFC folding and numbers logical lines by their first physical line', () => {
    expect(unfold(['FN:Jo', ' hn', 'NOTE:a', '\tb'], 2)).toEqual([
      { no: 2, text: 'FN:John' },
      { no: 4, text: 'NOTE:ab' },
    ]);
  });

  it('parses quoted parameters that contain ; and :', () => {
    expect(parseLine('item1.ADR;LABEL="a;b:c";TYPE=home:;;x')).toEqual({
      group: 'item1',
      name: 'ADR',
      params: [
        ['LABEL', '"a;b:c"'],
        ['TYPE', 'home'],
      ],
      value: ';;x',
    });
  });

  it('reports text outside cards and a card without END with their lines', () => {
    const chunks = splitCards(
      'junk\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n\r\nBEGIN:VCARD\r\nFN:B\r\nBEGIN:VCARD\r\nFN:C\r\nEND:VCARD\r\ntrailing',
    );
    expect(
      chunks.map((c) => (c.kind === 'card' ? ['card', c.card.start, c.card.end] : ['error', ...c.lines])),
    ).toEqual([
      ['error', 1, 1],
      ['card', 2, 4],
      ['error', 6, 7],
      ['card', 8, 10],
      ['error', 11, 11],
    ]);
  });

  it('handles CR-only and LF-only line ends alike', () => {
    for (const nl of ['\r', '\n', '\r\n']) {
      const text = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann', 'END:VCARD', ''].join(nl);
      expect(one(text).formattedName).toBe('Ann');
    }
  });

  it('drops binary properties Linchpin does not use and photos unless asked', () => {
    const card = {
      start: 1,
      end: 5,
      lines: ['VERSION:3.0', 'FN:A', 'KEY;ENCODING=b:AAAA', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/'],
    };
    expect(normaliseCard(card, { keepPhotos: false }).text).toBe(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n',
    );
    expect(normaliseCard(card, { keepPhotos: true }).text).toContain('PHOTO;ENCODING=b;TYPE=jpeg:/9j/');
  });
});
