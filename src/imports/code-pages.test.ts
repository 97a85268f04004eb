// Choosing the code page of a file that is not UTF-8: by its letters alone where only one page reads them
// as words, and by the column names a reading spells where two pages do.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { implausibleCharacters, legacyCodePageOf } from './code-pages';
import { recognisedColumns } from './formats/index';

const FILES: [string, string][] = [
  ['windows-1251', 'Имя,Фамилия,Должность\nИван,Сидоров,Директор\nОльга,Кузнецова,Юрист\n'],
  ['windows-1253', 'Όνομα,Επώνυμο\nΝίκος,Παπαδόπουλος\nΕλένη,Γεωργίου\n'],
  ['shift_jis', '姓,名,電子メール アドレス\n山田,太郎,taro@x.example\n佐藤,花子,hanako@x.example\n'],
  ['gbk', '姓名,电子邮件,手机\n王小明,a@x.example,138\n陈丽,b@x.example,139\n'],
  ['euc-kr', '이름,이메일,휴대폰\n김민준,a@x.example,010\n이서연,b@x.example,010\n'],
];

describe('legacyCodePageOf', () => {
  it.each(FILES)('reads a %s file in its own page from its letters alone', (page, text) => {
    expect(legacyCodePageOf(iconv.encode(text, page))).toBe(page);
  });

  it('reads Turkish and Czech, whose letters other Latin pages read as letters too, by the column names they spell', () => {
    const turkish = iconv.encode('Ad,Soyadı,Şirket\nAyşe,Yılmaz,Boğaziçi\n', 'windows-1254');
    const czech = iconv.encode('Jméno;Příjmení;Město\nJiří;Dvořák;Praha\n', 'windows-1250');
    expect(legacyCodePageOf(turkish, recognisedColumns)).toBe('windows-1254');
    expect(legacyCodePageOf(czech, recognisedColumns)).toBe('windows-1250');
    // With nothing to recognise, the tie goes to the first page: Western.
    expect(legacyCodePageOf(turkish)).toBe('windows-1252');
  });

  it('keeps a Western file Western, with its accents and signs', () => {
    const western = 'Prénom,Nom,Notes\nHélène,Béranger,¿Cuándo? £5 la crème brûlée\nSøren,Ærø,«ja»\n';
    expect(legacyCodePageOf(iconv.encode(western, 'windows-1252'), recognisedColumns)).toBe('windows-1252');
  });
});

describe('implausibleCharacters', () => {
  it('finds none in text read in its own page', () => {
    for (const [, text] of FILES) expect(implausibleCharacters(text)).toBe(0);
    expect(implausibleCharacters('Małgorzata Wiśniewska-Żak, Çağlar Öztürk, Søren Ærø, «ja» ¿qué?')).toBe(0);
  });

  it('finds mis-read letters: Cyrillic as Western, Greek as Cyrillic, GBK as Shift_JIS, Polish as Western', () => {
    const misread = (text: string, from: string, as: string) =>
      implausibleCharacters(iconv.decode(iconv.encode(text, from), as));
    expect(misread('Иван Сидоров', 'windows-1251', 'windows-1252')).toBeGreaterThan(0);
    expect(misread('Νίκος Παπαδόπουλος', 'windows-1253', 'windows-1251')).toBeGreaterThan(0);
    expect(misread('王小明 陈丽', 'gbk', 'shift_jis')).toBeGreaterThan(0);
    expect(misread('Małgorzata', 'windows-1250', 'windows-1252')).toBeGreaterThan(0);
  });
});
