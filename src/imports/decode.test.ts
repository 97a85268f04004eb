import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile, detectEncoding } from './decode';
import { prepareFile } from './formats/index';

const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ørsted\r\nEMAIL:zoe@example.com\r\nEND:VCARD\r\n';

describe('decodeFile', () => {
  it('reads UTF-16 LE and BE with a BOM (as Windows tools write vCards)', () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(card, enc)]);
      const { text, encoding } = decodeFile(bytes);
      expect(encoding).toBe(enc);
      expect(text).toBe(card);
      const [item] = [...prepareFile(text, { keepPhotos: false }).items];
      expect(item!.ok && item!.record.formattedName).toBe('Zoë Ørsted');
    }
  });

  it('reads UTF-16 LE without a BOM', () => {
    expect(detectEncoding(iconv.encode(card, 'utf-16le')).encoding).toBe('utf-16le');
  });

  it('strips a UTF-8 BOM and falls back to Windows-1252 for old Outlook exports', () => {
    expect(decodeFile(Buffer.from(`\ufeff${card}`, 'utf8')).text).toBe(card);
    const latin = iconv.encode('First Name,Last Name\nJosé,Müller\n', 'windows-1252');
    const decoded = decodeFile(latin);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('José,Müller');
  });

  it('reads a Central European file (Polish Outlook, Windows-1250) as Windows-1250, and a Western one as Windows-1252', () => {
    const polish = iconv.encode(
      'Imię,Nazwisko\nMałgorzata,Wiśniewska-Żak\nŁucja,Brzęczyszczykiewicz\n',
      'windows-1250',
    );
    expect(decodeFile(polish)).toMatchObject({ encoding: 'windows-1250' });
    expect(decodeFile(polish).text).toContain('Małgorzata,Wiśniewska-Żak');
    // Bytes both pages read as letters ("é", "è", "ñ"), and "¿" or "£" before a word, stay Western.
    const western = 'Prénom,Nom,Notes\nHélène,Béranger,¿Cuándo? £5 la crème brûlée\nÍñigo,Muñoz,Mañana\n';
    expect(decodeFile(iconv.encode(western, 'windows-1252'))).toMatchObject({
      encoding: 'windows-1252',
      text: western,
    });
  });

  it('refuses empty, blank and binary files with a clear message', () => {
    expect(() => decodeFile(Buffer.alloc(0))).toThrow('The file is empty.');
    expect(() => decodeFile(Buffer.from('  \r\n\t '))).toThrow(/only blank space/);
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 7,
    ]);
    expect(() => decodeFile(png)).toThrow(/binary file/);
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(() => decodeFile(random)).toThrow(/binary file/);
  });
});
