// The import formats by name, without zod: the CLI lists them in `linchpin import --help` without loading
// the schemas (ImportFormat in schema.ts is built from this list).
export const IMPORT_FORMATS = [
  'vcard',
  'ldif',
  'linkedin',
  'google',
  'google-legacy',
  'outlook',
  'thunderbird',
  'linchpin-csv',
  'csv',
] as const;
export type ImportFormatName = (typeof IMPORT_FORMATS)[number];
