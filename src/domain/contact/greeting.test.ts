import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greetingName, withoutTitles } from './greeting';

describe('greetingName', () => {
  it.each([
    ['Bruno Fischer', '', 'Bruno'],
    ['Dr. Ada Lovelace', '', 'Ada'],
    ['Prof Marie Curie', '', 'Marie'],
    ['Lovelace, Ada', '', 'Ada'],
    ['  Zoë   Kravitz ', '', 'Zoë'],
    ['Cher', '', 'Cher'],
    ['Dr.', '', 'Dr.'],
    ['Bruno Fischer', 'Dr. Fischer', 'Dr. Fischer'],
    ['Robert Smith', '  Bob ', 'Bob'],
    ['Ing Chen', '', 'Ing'],
    ['Chidi Anagonye, PhD', '', 'Chidi'],
    ['Dr. Martin King, Jr.', '', 'Martin'],
    ['Okafor, Maya, MD', '', 'Maya'],
    ['Sra. Lucía Pérez', '', 'Lucía'],
    ['Professor Brian Cox', '', 'Brian'],
  ])('greets %j (addressed as %j) as %j', (name, addressedAs, expected) => {
    expect(greetingName(name, addressedAs)).toBe(expected);
  });

  it('is one of the words of the name, and never empty for a name with letters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const g = greetingName(name);
        if (/\S/.test(name)) {
          expect(g.length).toBeGreaterThan(0);
          expect(name.replace(/\s+/g, ' ')).toContain(g);
        }
        expect(g).toBe(g.trim());
      }),
    );
  });

  it('the name the connector chose always wins', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string().filter((s) => /\S/.test(s)),
        (name, chosen) => {
          expect(greetingName(name, chosen)).toBe(chosen.replace(/\s+/g, ' ').trim());
        },
      ),
    );
  });

  describe('withoutTitles', () => {
    it.each([
      ['Dr. Maya Okafor', 'Maya Okafor'],
      ['Prof. Dr. Anna Berg', 'Anna Berg'],
      ['Ms  Amara   Lee', 'Amara Lee'],
      ['Maya Okafor', 'Maya Okafor'],
      ['Dr.', 'Dr.'],
      ['Ing Chen', 'Ing Chen'],
    ])('%j → %j', (name, expected) => {
      expect(withoutTitles(name)).toBe(expected);
    });
  });
});
