// A person's photo (kept from an import when asked), served as the image it is.
import { createRoute, z } from '@hono/zod-openapi';
import { IdParam, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { isPhotoMediaType, PHOTO_CSP } from './media';
import { getPhoto } from './service';

export function photosRoutes(deps: AppDeps) {
  return createRouter().openapi(
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
      const photo = await getPhoto(deps.db, c.get('caller').accountId, c.req.valid('param').id);
      // Only the image types imports and restores keep are served as such; anything else stored before
      // those checks is a download, never a document of this origin.
      const image = isPhotoMediaType(photo.mediaType);
      return c.body(Buffer.from(photo.data), 200, {
        'content-type': image ? photo.mediaType : 'application/octet-stream',
        ...(image ? {} : { 'content-disposition': 'attachment' }),
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        'content-security-policy': PHOTO_CSP,
      });
    },
  );
}
