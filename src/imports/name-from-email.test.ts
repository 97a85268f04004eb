import { describe, expect, it } from 'vitest';
import { nameFromEmail } from './name-from-email';

describe('nameFromEmail', () => {
  it('spells the name in the local part', () => {
    expect(nameFromEmail('jane.doe@x.com')).toBe('Jane Doe');
    expect(nameFromEmail('jdoe@x.com')).toBe('Jdoe');
    expect(nameFromEmail('sven_berg+news@fjord.example')).toBe('Sven Berg');
    expect(nameFromEmail('mary-ann.o@x.example')).toBe('Mary Ann O');
  });

  it('gives no name for a role mailbox or a local part without letters', () => {
    expect(nameFromEmail('info@bakery.example')).toBeUndefined();
    for (const role of ['contato', 'biuro', 'accueil', 'orders', 'procurement', 'buchhaltung'])
      expect(nameFromEmail(`${role}@shop.example`), role).toBeUndefined();
    expect(nameFromEmail('12345@x.example')).toBeUndefined();
    expect(nameFromEmail('not an address')).toBeUndefined();
  });
});
