import { personChildRoutes } from '../http/person-child-routes';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { Need, NeedInput, NeedPatch } from './schema';
import { createNeed, deleteNeed, getNeed, listNeeds, updateNeed } from './service';

const routes = personChildRoutes({
  plural: 'needs',
  noun: 'need',
  tag: 'Needs',
  Input: NeedInput,
  Patch: NeedPatch,
  Output: Need,
});

export function needsRoutes({ db, clock }: AppDeps) {
  return createRouter()
    .openapi(routes.list, async (c) =>
      c.json(
        await listNeeds(db, c.get('caller').accountId, c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
    )
    .openapi(routes.create, async (c) => {
      const { accountId } = c.get('caller');
      const need = await createNeed(db, accountId, c.req.valid('param').id, c.req.valid('json'), clock.now());
      return c.json(need, 201);
    })
    .openapi(routes.get, async (c) =>
      c.json(await getNeed(db, c.get('caller').accountId, c.req.valid('param').id), 200),
    )
    .openapi(routes.update, async (c) => {
      const { accountId } = c.get('caller');
      const need = await updateNeed(db, accountId, c.req.valid('param').id, c.req.valid('json'), clock.now());
      return c.json(need, 200);
    })
    .openapi(routes.remove, async (c) => {
      await deleteNeed(db, c.get('caller').accountId, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
