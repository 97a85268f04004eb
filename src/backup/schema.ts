// Backup and restore schemas, shared with the web app.
import { z } from 'zod';

export const BACKUP_FORMAT = 'linchpin-backup';
export const BACKUP_VERSION = 1;

export const RestoreResult = z
  .object({
    tables: z.record(z.string(), z.number().int()).describe('Rows restored per table'),
    ids: z
      .enum(['kept', 'shifted'])
      .describe(
        'kept: the records have the ids of the backup; shifted: those ids were taken in this instance',
      ),
  })
  .meta({ id: 'RestoreResult' });
export type RestoreResult = z.infer<typeof RestoreResult>;
