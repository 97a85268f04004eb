// The export formats by name, without zod: the CLI lists them in `linchpin export --help` without loading
// the schemas (ExportFormat in schema.ts is built from this list).
export const EXPORT_FORMATS = ['vcard', 'csv', 'json'] as const;
