// POST /api/v1/restore: a JSON backup, sent as the body or as a multipart file, into an account with no
// people. The body streams with the import size limit (not the app's JSON limit), so the route is documented
// in the OpenAPI registry and handled by a plain handler.
import { z } from '@hono/zod-openapi';
import { json, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import { importSettings } from '../imports/settings';
import { readUpload, tooLarge } from '../imports/upload';
import type { AppDeps } from '../shared/deps';
import { fieldError, ProblemError } from '../shared/errors';
import { RestoreResult } from './schema';
import { assertRestorable, restoreBackup } from './service';

const tags = ['Export and backup'];

const RESTORE_PATH = '/api/v1/restore';

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
    const message = 'is not valid JSON (is the file complete?)';
    // Named like every refused body, so a client shows it where it shows field errors.
    throw new ProblemError(422, 'Validation failed', `The backup ${message}`, [
      fieldError('(body)', message, ''),
    ]);
  }
}

export function backupRoutes(deps: AppDeps) {
  const router = createRouter();
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: RESTORE_PATH,
    tags,
    summary: 'Restore a JSON backup into this account (it must have no people yet)',
    description:
      'Send the backup as the JSON body, or as a multipart file field named "file". Every row is checked ' +
      'as the API would check it, photos must be PNG, JPEG, GIF or WebP, and every id must point at a row ' +
      'of the same backup; any violation refuses the whole file (422, `errors` naming table, row and field).',
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
  return router.post(RESTORE_PATH, async (c) => {
    const accountId = c.get('caller').accountId;
    // Refuse a non-empty account before reading (possibly 100 MB of) body.
    await assertRestorable(deps.db, accountId);
    const max = importSettings().maxBytes;
    const type = c.req.header('content-type') ?? '';
    const doc = type.startsWith('multipart/form-data')
      ? parseJson((await readUpload(c.req.raw, max)).bytes.toString('utf8'))
      : await readJsonBody(c.req.raw, max);
    return c.json(await restoreBackup(deps.db, accountId, doc), 200);
  });
}
