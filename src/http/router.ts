// Every feature builds its routes on a router from here, so validation failures are answered the same way
// everywhere (the hook is per OpenAPIHono instance, not inherited by a mounted sub-app).
import { OpenAPIHono } from '@hono/zod-openapi';
import { ProblemError, validationProblem } from '../shared/errors';
import type { AppEnv } from './env';
import { refuseUnstorableText } from './unstorable-text-guard';

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) {
        if (result.target !== 'param') refuseUnstorableText(result.data, result.target);
        return;
      }
      // A malformed id in the path is just an unknown id: 404, revealing nothing.
      if (result.target === 'param') throw new ProblemError(404, 'Not Found', 'No such resource');
      throw validationProblem(
        result.error,
        result.target === 'json' ? 422 : 400,
        result.target === 'json' ? undefined : result.target,
      );
    },
  });
}
