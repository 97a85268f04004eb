// GET /api/v1/export: people as vCard or CSV, or the whole account as a JSON backup.
import { createRoute, z } from '@hono/zod-openapi';
import { problems, repeatable } from '../http/openapi';
import { createRouter } from '../http/router';
import { Tag } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { EXPORT_TYPES, ExportFormat } from './schema';
import { exportChunks, exportStream } from './service';

const tags = ['Export and backup'];

const ExportQuery = z.object({
  format: ExportFormat,
  q: z
    .string()
    .max(500)
    .optional()
    .describe('vcard/csv: only people matching this search (as GET /api/v1/people)'),
  tag: repeatable(Tag).describe('vcard/csv: only people with this tag (repeat for all of several)'),
  company: z.string().max(200).optional().describe('vcard/csv: company name contains this'),
});

export function exportsRoutes(deps: AppDeps) {
  const { db, clock } = deps;

  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/export',
      tags,
      summary: 'Download people as vCard 4.0 or CSV, or the whole account as a JSON backup',
      description:
        'CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are prefixed with an apostrophe. vCard and CSV carry contact details, tags and the blurb; private notes, caveats and trust are only in the JSON backup.',
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'The file',
          content: {
            'text/vcard': { schema: z.string() },
            'text/csv': { schema: z.string() },
            'application/json': { schema: z.object({ format: z.literal('linchpin-backup') }).passthrough() },
          },
        },
        400: problems[400],
        401: problems[401],
      },
    }),
    async (c) => {
      const { format, tag, ...filter } = c.req.valid('query');
      const now = clock.now();
      const { contentType, extension } = EXPORT_TYPES[format];
      const chunks = exportChunks(db, c.get('caller').accountId, format, { ...filter, tags: tag }, now);
      return c.body(exportStream(chunks), 200, {
        'content-type': contentType,
        'content-disposition': `attachment; filename="linchpin-${now.toISOString().slice(0, 10)}.${extension}"`,
        'cache-control': 'no-store',
      });
    },
  );
}
