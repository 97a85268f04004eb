import { describe, expect, it } from 'vitest';
import { inNaturalOrder } from './name-order';

describe('inNaturalOrder', () => {
  it.each([
    ['Public, Jane', 'Jane Public'],
    ['Öztürk, Emre', 'Emre Öztürk'],
    ['van der Berg, Anouk', 'Anouk van der Berg'],
    ['Smith, John, Jr.', 'John Smith Jr.'],
    ['García Márquez, Gabriel José', 'Gabriel José García Márquez'],
  ])('"%s" is "%s"', (written, shown) => {
    expect(inNaturalOrder(written)).toBe(shown);
  });

  it.each([
    'Jane Public',
    'John Smith, Jr.',
    'Jane Public, PhD',
    'Harbour, Reed & Co',
    'Berg, Smit & Co',
    'Castellanos Diseño, S.A. de C.V.',
    'Acme, Inc.',
    'Office 2, Building 5',
    'a, b, c, d',
    'Public,',
    ', Jane',
  ])('leaves "%s" as it is', (name) => {
    expect(inNaturalOrder(name)).toBe(name);
  });
});
