// Export schemas, shared with the web app.
import { z } from 'zod';
import { EXPORT_FORMATS } from './format-names';

export const ExportFormat = z.enum(EXPORT_FORMATS).describe('vcard (4.0), csv, or json (a full backup)');
export type ExportFormat = z.infer<typeof ExportFormat>;

export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  vcard: { contentType: 'text/vcard; charset=utf-8', extension: 'vcf' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
};
