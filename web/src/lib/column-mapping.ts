// The column-mapping step for a generic CSV: the page asks "what does each column hold?", the API wants
// "which column(s) hold each field". These convert between the two and check the choice. Pure.
import type { ColumnMapping, MappingField } from '../api/types';

/** What each column holds ('' = ignore it), keyed by column header. */
export type ColumnChoice = Record<string, MappingField | ''>;

/** Fields several columns may feed (kept equal to the server's MULTI_FIELDS by a test). */
export const MULTI_FIELDS: readonly MappingField[] = [
  'email',
  'phone',
  'url',
  'notes',
  'tags',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
];

export const fieldLabels: Record<MappingField, string> = {
  name: 'Full name',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  prefix: 'Name prefix',
  suffix: 'Name suffix',
  nickname: 'Nickname',
  email: 'Email',
  phone: 'Phone',
  company: 'Company',
  department: 'Department',
  title: 'Job title',
  location: 'Location',
  street: 'Street',
  city: 'City',
  region: 'Region / state',
  postalCode: 'Postal code',
  country: 'Country',
  url: 'Website',
  linkedin: 'LinkedIn URL',
  notes: 'Notes',
  tags: 'Tags',
  birthday: 'Birthday',
  birthYear: 'Year of birth',
  birthMonth: 'Month of birth',
  birthDay: 'Day of birth',
  connectedOn: 'Connected on (date)',
  kind: 'Person or organisation (organisations are not imported)',
};

/** The server's suggestion, turned around: each column and what it was guessed to hold. */
export function choiceFromMapping(columns: string[], mapping: ColumnMapping): ColumnChoice {
  const choice: ColumnChoice = Object.fromEntries(columns.map((c) => [c, '']));
  for (const [field, value] of Object.entries(mapping) as [MappingField, string | string[] | undefined][]) {
    for (const column of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
      if (column in choice) choice[column] = field;
    }
  }
  return choice;
}

/** What the API takes: each field once, with a list of columns for the fields that allow several. */
export function mappingFromChoice(columns: string[], choice: ColumnChoice): ColumnMapping {
  const mapping: Partial<Record<MappingField, string | string[]>> = {};
  for (const column of columns) {
    const field = choice[column];
    if (!field) continue;
    if (MULTI_FIELDS.includes(field)) {
      const list = mapping[field];
      mapping[field] = Array.isArray(list) ? [...list, column] : [column];
    } else {
      mapping[field] = column;
    }
  }
  return mapping;
}

/** Problems that make the choice unusable, by column; and whether anything names the person. */
export function checkChoice(
  columns: string[],
  choice: ColumnChoice,
): {
  errors: Record<string, string>;
  hasName: boolean;
} {
  const errors: Record<string, string> = {};
  const seen = new Map<MappingField, string>();
  for (const column of columns) {
    const field = choice[column];
    if (!field || MULTI_FIELDS.includes(field)) continue;
    const first = seen.get(field);
    if (first !== undefined) errors[column] = `“${first}” is already the ${fieldLabels[field].toLowerCase()}`;
    else seen.set(field, column);
  }
  const hasName = ['name', 'firstName', 'lastName', 'nickname'].some((f) => seen.has(f as MappingField));
  return { errors, hasName };
}
