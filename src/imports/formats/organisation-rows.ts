// CRMs that keep people and organisations in one table export both in one file: Odoo's contacts ("Is a
// Company": True), Capsule's parties ("Type": Organisation), Odoo's newer "Company Type" (Individual or
// Company). Linchpin holds people; a row the file itself marks as an organisation is not one of them, and
// its name would become a person's. A row is never judged by its look (a contact with only a company name is
// still a contact): only by the file's own mark. Pure.

/** How a person's row is marked. */
const PERSON = [
  'person',
  'individual',
  'individu',
  'contact',
  'people',
  'personne',
  'persona',
  'pessoa',
  'persoon',
  'privatperson',
];
/** How an organisation's row is marked. */
const ORGANISATION = [
  'organisation',
  'organization',
  'org',
  'company',
  'business',
  'account',
  'entreprise',
  'société',
  'societe',
  'empresa',
  'unternehmen',
  'firma',
  'organisatie',
  'organización',
  'organizacion',
  'organizzazione',
  'azienda',
];
/** The two answers of an "is a company" column. */
const YES = ['true', 'yes', 'y', '1', 'x', 'ja', 'oui', 'sí', 'si', 'sim', 'vrai', 'wahr'];
const NO = ['false', 'no', 'n', '0', 'nein', 'non', 'não', 'nao', 'nee', 'faux', 'falsch'];

const norm = (v: string) => v.trim().toLowerCase().replace(/\s+/g, ' ');
const MARKS = new Set([...PERSON, ...ORGANISATION, ...YES, ...NO]);
const ORGANISATION_MARKS = new Set([...ORGANISATION, ...YES]);

/** Whether a cell is one of the marks a person-or-organisation column holds. */
export const isKindMark = (value: string): boolean => MARKS.has(norm(value));

/** Whether a cell of that column marks its row as an organisation. */
export const marksOrganisation = (value: string): boolean => ORGANISATION_MARKS.has(norm(value));
