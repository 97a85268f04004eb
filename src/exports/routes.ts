// GET /api/v1/export and POST /api/v1/restore.
import { createRoute, z } from '@hono/zod-openapi';
import { RestoreResult } from '../backup/schema';
import { restoreBackup } from '../backup/service';
import type { App, AppDeps } from '../http/env';
import { json, problems, repeatable } from '../http/openapi';
import { importSettings } from '../imports/settings';
import { readUpload, tooLarge } from '../imports/upload';
import { Tag } from '../shared/common-schema';
import { ProblemError } from '../shared/errors';
import { EXPORT_TYPES, ExportFormat } from './schema';
import { exportChunks, exportStream } from './service';

const tags = ['Export and backup'];

export const RESTORE_PATH = '/api/v1/restore';

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

/** Reads a JSON body as a stream, refusing it once it passes the limit. */
async function readJsonBody(request: Request, max: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  const reader = request.body?.getReader();
  if (!reader) throw new ProblemError(400, 'Bad Request', 'The request has no body');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return parseJson(Buffer.concat(chunks).toString('utf8'));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new ProblemError(422, 'Validation failed', 'The backup is not valid JSON (is the file complete?)');
  }
}

export function registerExportRoutes(app: App, deps: AppDeps): void {
  const { db, clock } = deps;

  app.openapi(
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
      }) as never;
    },
  );

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: RESTORE_PATH,
    tags,
    summary: 'Restore a JSON backup into this account (it must have no people yet)',
    description: 'Send the backup as the JSON body, or as a multipart file field named "file".',
    request: {
      body: {
        required: true,
        content: {
          'application/json': { schema: z.object({ format: z.literal('linchpin-backup') }).passthrough() },
          'multipart/form-data': { schema: z.object({ file: z.string().meta({ format: 'binary' }) }) },
        },
      },
    },
    responses: {
      200: json(RestoreResult, 'Restored'),
      401: problems[401],
      409: {
        ...problems[409],
        description: 'The account already has people, or the backup collides with this instance',
      },
      413: problems[413],
      422: problems[422],
    },
  });
  app.post(RESTORE_PATH, async (c) => {
    const max = importSettings().maxBytes;
    const type = c.req.header('content-type') ?? '';
    const doc = type.startsWith('multipart/form-data')
      ? parseJson((await readUpload(c.req.raw, max)).bytes.toString('utf8'))
      : await readJsonBody(c.req.raw, max);
    return c.json(await restoreBackup(db, c.get('caller').accountId, doc), 200);
  });
}
