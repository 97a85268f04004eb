import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKindMark, marksOrganisation } from './organisation-rows';

describe('organisation rows', () => {
  it("reads the marks of Odoo, Capsule and Odoo's newer export whatever their case and spacing", () => {
    for (const v of ['True', 'Organisation', 'ORGANIZATION', ' Company ', 'Unternehmen']) {
      expect(marksOrganisation(v), v).toBe(true);
    }
    for (const v of ['False', 'Person', 'individual', 'Contact', '0']) {
      expect(isKindMark(v), v).toBe(true);
      expect(marksOrganisation(v), v).toBe(false);
    }
  });

  it('never reads an organisation into a cell that is no mark (a name, a stage, a blank)', () => {
    for (const v of ['', 'Customer', 'Lead', 'Acme Corp', 'Companyfoo'])
      expect(marksOrganisation(v), v).toBe(false);
    fc.assert(fc.property(fc.string(), (v) => !marksOrganisation(v) || isKindMark(v)));
  });
});
