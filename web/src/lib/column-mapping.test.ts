import { describe, expect, it } from 'vitest';
import { MappingField, MULTI_FIELDS as SERVER_MULTI_FIELDS } from '../../../src/imports/schema';
import {
  checkChoice,
  choiceFromMapping,
  fieldLabels,
  MULTI_FIELDS,
  mappingFromChoice,
} from './column-mapping';

const columns = ['Full Name', 'Mail', 'Work Mail', 'Org', 'Phone', 'Misc'];

describe('column mapping', () => {
  it('agrees with the server on which fields take several columns, and labels every field', () => {
    expect([...MULTI_FIELDS].sort()).toEqual([...SERVER_MULTI_FIELDS].sort());
    expect(Object.keys(fieldLabels).sort()).toEqual([...MappingField.options].sort());
  });

  it('turns the server’s suggestion into a choice per column, leaving unknown columns ignored', () => {
    const choice = choiceFromMapping(columns, {
      name: 'Full Name',
      email: ['Mail', 'Work Mail'],
      company: 'Org',
      phone: 'Not a column',
    });
    expect(choice).toEqual({
      'Full Name': 'name',
      Mail: 'email',
      'Work Mail': 'email',
      Org: 'company',
      Phone: '',
      Misc: '',
    });
  });

  it('turns a choice back into what the API takes; the round trip keeps it', () => {
    const choice = {
      'Full Name': 'name',
      Mail: 'email',
      'Work Mail': 'email',
      Org: 'company',
      Phone: 'phone',
      Misc: '',
    } as const;
    const mapping = mappingFromChoice(columns, choice);
    expect(mapping).toEqual({
      name: 'Full Name',
      email: ['Mail', 'Work Mail'],
      company: 'Org',
      phone: ['Phone'],
    });
    expect(choiceFromMapping(columns, mapping)).toEqual(choice);
  });

  it('refuses one single-value field in two columns, and notices when nothing names the person', () => {
    const { errors, hasName } = checkChoice(columns, {
      'Full Name': 'company',
      Mail: 'email',
      'Work Mail': 'email',
      Org: 'company',
      Phone: '',
      Misc: '',
    });
    expect(errors).toEqual({ Org: '“Full Name” is already the company' });
    expect(hasName).toBe(false);
    expect(checkChoice(['First', 'Last'], { First: 'firstName', Last: 'lastName' })).toEqual({
      errors: {},
      hasName: true,
    });
  });
});
