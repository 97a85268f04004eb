// A person's photo (kept from an import when asked), served as the image it is.
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { personPhotos } from '../db/schema';
import type { App, AppDeps } from '../http/env';
import { IdParam, problems } from '../http/openapi';
import { notFound } from '../shared/errors';

export function registerPhotoRoutes(app: App, deps: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/people/{id}/photo',
      tags: ['People'],
      summary: "A person's photo (JPEG, PNG, GIF or WebP)",
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The image',
          content: { 'image/*': { schema: z.string().meta({ format: 'binary' }) } },
        },
        401: problems[401],
        404: problems[404],
      },
    }),
    async (c) => {
      const [photo] = await deps.db
        .select({ mediaType: personPhotos.mediaType, data: personPhotos.data })
        .from(personPhotos)
        .where(
          and(
            eq(personPhotos.accountId, c.get('caller').accountId),
            eq(personPhotos.personId, c.req.valid('param').id),
          ),
        );
      if (!photo) throw notFound('Photo');
      return c.body(Buffer.from(photo.data), 200, {
        'content-type': photo.mediaType,
        'cache-control': 'private, max-age=3600',
        'content-security-policy': "default-src 'none'",
      }) as never;
    },
  );
}
