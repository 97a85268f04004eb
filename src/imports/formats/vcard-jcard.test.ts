// toJCard against ICAL.parse, the parser it replaces: the same jCard (for the properties fromJCard reads)
// for every card of the corpus and for generated cards full of what parsers get wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../decode';
import { fromJCard, type JCard } from './vcard';
import { READ_PROPERTIES, toJCard } from './vcard-jcard';
import { type CardChunk, normaliseCard, readCard, splitCards } from './vcard-lines';

const CORPORA = [
  join(import.meta.dirname, '../../../test/fixtures/imports/vcard'),
  // The shared data set of the project's machines, when it is there.
  join(import.meta.dirname, '../../../../shared/data/vcard'),
];

function vcfFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return vcfFiles(p);
    return /\.(vcf|vcard)$/i.test(f) ? [p] : [];
  });
}

/** What ICAL.parse makes of the card's rewritten text, with only the properties fromJCard reads. */
function oracle(card: CardChunk, keepPhotos: boolean): JCard {
  const parsed = ICAL.parse(normaliseCard(card, { keepPhotos }).text) as JCard;
  return ['vcard', parsed[1].filter(([name]) => READ_PROPERTIES.has(name)), parsed[2]];
}

function cards(text: string): CardChunk[] {
  return splitCards(text).flatMap((c) => (c.kind === 'card' ? [c.card] : []));
}

function expectSame(card: CardChunk, keepPhotos: boolean) {
  const expected = oracle(card, keepPhotos);
  const actual = toJCard(readCard(card, { keepPhotos }));
  expect(actual).toEqual(expected);
  const lines: [number, number] = [card.start, card.end];
  expect(fromJCard(actual, lines)).toEqual(fromJCard(expected, lines));
}

describe('toJCard reads a card as ICAL.parse reads its text', () => {
  const files = CORPORA.flatMap(vcfFiles);

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('gives the same jCard for every card of the corpus, with and without photos', () => {
    let seen = 0;
    for (const file of files) {
      const { text } = decodeFile(readFileSync(file));
      for (const card of cards(text)) {
        for (const keepPhotos of [false, true]) expectSame(card, keepPhotos);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  // Values made of the characters that separate, escape and quote, in every property fromJCard reads.
  const piece = fc.constantFrom(
    'a',
    'Zoë',
    ' ',
    ',',
    ';',
    ':',
    '\\',
    '\\,',
    '\\;',
    '\\n',
    '\\N',
    '\\\\',
    '"',
    '^n',
    '=',
    '1',
    'T',
    '-',
    '+',
  );
  const value = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
  const name = fc.constantFrom(...READ_PROPERTIES, 'x-custom', 'rev', 'label');
  const param = fc.constantFrom(
    'TYPE=home',
    'TYPE=WORK,pref',
    'type=cell;type=voice',
    'PREF=1',
    'PREF=a\\b',
    'VALUE=uri',
    'VALUE=text',
    'VALUE=date',
    'VALUE=integer',
    'VALUE=float',
    'VALUE=boolean',
    'VALUE=x-odd',
    'MEDIATYPE=image/png',
    "MEDIATYPE=a^'b",
    'ENCODING=b',
    'INTERNET',
    'HOME',
    'URL',
    'CHARSET=UTF-8',
    'ENCODING=QUOTED-PRINTABLE',
    'LABEL="a;b:c"',
  );
  const property = fc.record({
    group: fc.constantFrom('', 'item1.', 'ITEM2.'),
    name,
    params: fc.array(param, { maxLength: 3 }),
    value,
  });

  it('gives the same jCard for generated cards (escapes, separators, groups, parameters, 3.0 and 4.0)', () => {
    fc.assert(
      fc.property(fc.constantFrom('2.1', '3.0', '4.0'), fc.array(property, { maxLength: 8 }), (v, props) => {
        const lines = props.map(
          (p) => `${p.group}${p.name.toUpperCase()}${p.params.map((x) => `;${x}`).join('')}:${p.value}`,
        );
        const text = ['BEGIN:VCARD', `VERSION:${v}`, ...lines, 'END:VCARD', ''].join('\r\n');
        for (const card of cards(text)) expectSame(card, true);
      }),
      { numRuns: 500 },
    );
  });
});
