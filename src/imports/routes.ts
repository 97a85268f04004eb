// Import routes. The two upload routes stream multipart bodies through busboy, so they are documented in
// the OpenAPI registry and handled by plain handlers (a form validator would buffer the whole body). Their
// multipart body is what makes the composition root exempt them from the JSON body limit.
import { createRoute, z } from '@hono/zod-openapi';
import { IdParam, json, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import { Page, PageQuery } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { unprocessable, validationProblem } from '../shared/errors';
import {
  ImportDetail,
  ImportFormat,
  ImportJob,
  ImportOptions,
  ImportOutcome,
  ImportRecordReport,
  InspectResult,
} from './schema';
import * as service from './service';
import { importSettings } from './settings';
import { readUpload } from './upload';

const tags = ['Imports'];

const UploadForm = z.object({
  file: z
    .string()
    .meta({ format: 'binary' })
    .describe('The contacts file: vCard (.vcf), LDIF (.ldif) or CSV'),
  format: ImportFormat.optional(),
  dryRun: z.enum(['true', 'false']).optional().describe('Report what would happen; write nothing'),
  keepPhotos: z.enum(['true', 'false']).optional(),
  mapping: z
    .string()
    .optional()
    .describe('JSON object: field → column header, for generic CSV (see ColumnMapping)'),
  defaultRegion: z.string().optional().describe('Two-letter country for national phone numbers, e.g. GB'),
});

function flag(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.toLowerCase();
  if (['true', '1', 'on', 'yes'].includes(v)) return true;
  if (['false', '0', 'off', 'no'].includes(v)) return false;
  throw unprocessable(name, 'must be true or false');
}

export function optionsFromFields(fields: Record<string, string>): ImportOptions {
  let mapping: unknown;
  if (fields.mapping) {
    try {
      mapping = JSON.parse(fields.mapping);
    } catch {
      throw unprocessable('mapping', 'must be a JSON object such as {"name":"Full Name","email":"Mail"}');
    }
  }
  const parsed = ImportOptions.safeParse({
    format: fields.format || undefined,
    dryRun: flag('dryRun', fields.dryRun),
    keepPhotos: flag('keepPhotos', fields.keepPhotos),
    mapping,
    defaultRegion: fields.defaultRegion?.toUpperCase() || undefined,
  });
  if (!parsed.success) throw validationProblem(parsed.error);
  return parsed.data;
}

const RecordsQuery = PageQuery.extend({
  outcome: z
    .enum(['all', 'attention', ...ImportOutcome.options])
    .optional()
    .describe('attention: failed, or with conflicts, warnings or possible duplicates'),
});

/** For tests: an import started through the API waits for `afterBatch` between batches. */
export type ImportHooks = Pick<service.StartOptions, 'afterBatch'>;

export function importsRoutes(deps: AppDeps, hooks: ImportHooks = {}) {
  const { db, clock } = deps;
  const router = createRouter();

  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/imports',
    tags,
    summary: 'Import a contacts file (multipart); answers at once, then poll GET /api/v1/imports/{id}',
    request: { body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } } },
    responses: {
      202: json(ImportJob, 'Accepted: the import runs in the background'),
      400: problems[400],
      401: problems[401],
      413: problems[413],
      415: problems[415],
      422: problems[422],
    },
  });

  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/imports/inspect',
    tags,
    summary:
      'Look at a file before importing it: its format, columns, a sample and a suggested column mapping',
    request: {
      body: {
        required: true,
        content: { 'multipart/form-data': { schema: UploadForm.pick({ file: true, format: true }) } },
      },
    },
    responses: {
      200: json(InspectResult, 'What the file holds'),
      400: problems[400],
      401: problems[401],
      413: problems[413],
      415: problems[415],
      422: problems[422],
    },
  });

  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/imports',
        tags,
        summary: 'Imports of this account, newest first',
        request: { query: PageQuery },
        responses: {
          200: json(Page(ImportJob), 'A page of imports'),
          400: problems[400],
          401: problems[401],
        },
      }),
      async (c) =>
        c.json(
          await service.listImports(db, c.get('caller').accountId, c.req.valid('query'), clock.now()),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/imports/{id}',
        tags,
        summary: 'Progress, counts and the records that need attention',
        request: { params: IdParam },
        responses: { 200: json(ImportDetail, 'The import'), 401: problems[401], 404: problems[404] },
      }),
      async (c) =>
        c.json(
          await service.getImport(db, c.get('caller').accountId, c.req.valid('param').id, clock.now()),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/imports/{id}/records',
        tags,
        summary:
          'The full per-record report of an import (for a dry run: what would be created, merged, skipped)',
        request: { params: IdParam, query: RecordsQuery },
        responses: {
          200: json(Page(ImportRecordReport), 'A page of records'),
          400: problems[400],
          401: problems[401],
          404: problems[404],
        },
      }),
      async (c) =>
        c.json(
          await service.listImportRecords(
            db,
            c.get('caller').accountId,
            c.req.valid('param').id,
            c.req.valid('query'),
          ),
          200,
        ),
    )
    .post('/api/v1/imports', async (c) => {
      const upload = await readUpload(c.req.raw, importSettings().maxBytes);
      const options = optionsFromFields(upload.fields);
      const job = await service.startImport(deps, c.get('caller').accountId, upload, options, {
        wait: false,
        ...hooks,
      });
      return c.json(service.toImportJob(job, clock.now()), 202, { location: `/api/v1/imports/${job.id}` });
    })
    .post('/api/v1/imports/inspect', async (c) => {
      const upload = await readUpload(c.req.raw, importSettings().maxBytes);
      const format = upload.fields.format ? ImportFormat.safeParse(upload.fields.format) : undefined;
      if (format && !format.success) throw validationProblem(format.error, 422, 'format');
      return c.json(await service.inspect(upload, format?.data), 200);
    });
}
