// Import schemas: shared by the routes, the OpenAPI document, the CLI and the web app's import page.
import { z } from 'zod';
import { Id, IsoDateTime } from '../shared/common-schema';
import { IMPORT_FORMATS } from './format-names';

export const ImportFormat = z
  .enum(IMPORT_FORMATS)
  .describe(
    'vcard, a known CSV export, or `csv` (any other CSV: its columns are matched by their names and contents, or by a column mapping)',
  );
export type ImportFormat = z.infer<typeof ImportFormat>;

/** Fields a generic CSV column can be mapped to (MULTI_FIELDS may take several columns). */
export const MappingField = z.enum([
  'name',
  'firstName',
  'middleName',
  'lastName',
  'prefix',
  'suffix',
  'nickname',
  'email',
  'phone',
  'company',
  'department',
  'title',
  'location',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
  'url',
  'linkedin',
  'notes',
  'tags',
  'birthday',
  'birthYear',
  'birthMonth',
  'birthDay',
  'connectedOn',
  'kind',
]);
export type MappingField = z.infer<typeof MappingField>;
/**
 * The parts of a postal address. Several columns of one part ("Home City", "Work City") are parts of
 * several addresses, told apart by their qualifiers; a row's first address with anything in it is read.
 */
export const ADDRESS_FIELDS: readonly MappingField[] = ['street', 'city', 'region', 'postalCode', 'country'];
/** Fields several columns may feed: all their values are read, or for an address the row's first one. */
export const MULTI_FIELDS: readonly MappingField[] = [
  'email',
  'phone',
  'url',
  'notes',
  'tags',
  ...ADDRESS_FIELDS,
];

export const ColumnMapping = z
  .partialRecord(
    MappingField,
    z.union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).max(20)]),
  )
  .describe('Field → column header (or several headers for email, phone, url, notes, tags)')
  .meta({ id: 'ColumnMapping' });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportOptions = z.strictObject({
  format: ImportFormat.optional().describe('Detected from the content when omitted'),
  dryRun: z.boolean().default(false).describe('Report what would happen; write nothing'),
  mapping: ColumnMapping.optional(),
  keepPhotos: z.boolean().default(false).describe('Keep photos from vCards (otherwise they are dropped)'),
  defaultRegion: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code such as GB or US' })
    .optional()
    .describe('Country for phone numbers written without +country code'),
});
export type ImportOptions = z.output<typeof ImportOptions>;

export const ImportStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'interrupted']);
export const ImportOutcome = z.enum(['created', 'merged', 'skipped', 'failed']);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const Conflict = z
  .object({
    field: z.string(),
    existing: z.string().describe('Kept'),
    incoming: z.string().describe('From the file; not applied'),
  })
  .meta({ id: 'ImportConflict' });
export type Conflict = z.infer<typeof Conflict>;

export const PossibleDuplicate = z.object({ personId: Id, name: z.string(), reason: z.string() });
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;

export const ImportRecordReport = z
  .object({
    seq: z.number().int().describe('Position of the record in the file, from 1'),
    lines: z.tuple([z.number().int(), z.number().int()]).describe('First and last line in the file'),
    outcome: ImportOutcome,
    personId: Id.nullable(),
    name: z.string(),
    reasons: z.array(z.string()),
    warnings: z.array(z.string()),
    conflicts: z.array(Conflict),
    possibleDuplicates: z.array(PossibleDuplicate),
  })
  .meta({ id: 'ImportRecord' });
export type ImportRecordReport = z.infer<typeof ImportRecordReport>;

export const ImportCounts = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportJob = z
  .object({
    id: Id,
    status: ImportStatus,
    format: ImportFormat.nullable(),
    fileName: z.string(),
    fileBytes: z.number().int(),
    dryRun: z.boolean(),
    progress: z.object({
      processed: z.number().int(),
      total: z.number().int().nullable().describe('Null until the file has been read'),
    }),
    counts: ImportCounts,
    error: z.string().nullable(),
    createdAt: IsoDateTime,
    startedAt: IsoDateTime.nullable(),
    finishedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ImportJob' });
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportDetail = ImportJob.extend({
  report: z
    .array(ImportRecordReport)
    .describe(
      'Records that need attention: failed, with conflicts, warnings or possible duplicates (first 500)',
    ),
  reportTruncated: z.boolean(),
}).meta({ id: 'ImportDetail' });
export type ImportDetail = z.infer<typeof ImportDetail>;

export const ColumnGuess = z
  .object({
    column: z.string(),
    field: MappingField.nullable().describe('Null: the column is not imported'),
    reason: z.string().describe('"header", "values are email addresses", or why the column is left out'),
  })
  .meta({ id: 'ImportColumnGuess' });
export type ColumnGuess = z.infer<typeof ColumnGuess>;

export const InspectResult = z
  .object({
    format: ImportFormat,
    formatLabel: z.string(),
    encoding: z.string(),
    records: z.number().int().describe('Records (cards or rows) found'),
    columns: z.array(z.string()).describe('CSV header; empty for vCard'),
    sample: z.array(z.array(z.string())).describe('First rows of a CSV, for the column-mapping step'),
    suggestedMapping: ColumnMapping.describe(
      'For a CSV none of the known exports: the mapping guessed from the column names and contents',
    ),
    needsMapping: z.boolean().describe('No column could be recognised: the import needs a mapping'),
    columnGuesses: z
      .array(ColumnGuess)
      .describe('For a CSV none of the known exports: what each column was taken for, and why'),
  })
  .meta({ id: 'ImportInspection' });
export type InspectResult = z.infer<typeof InspectResult>;
