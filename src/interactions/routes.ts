import { personChildRoutes } from '../http/person-child-routes';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { Interaction, InteractionInput, InteractionPatch } from './schema';
import {
  createInteraction,
  deleteInteraction,
  getInteraction,
  listInteractions,
  updateInteraction,
} from './service';

const routes = personChildRoutes({
  plural: 'interactions',
  noun: 'interaction',
  tag: 'Interactions',
  Input: InteractionInput,
  Patch: InteractionPatch,
  Output: Interaction,
});

export function interactionsRoutes({ db, clock }: AppDeps) {
  return createRouter()
    .openapi(routes.list, async (c) => {
      const { accountId } = c.get('caller');
      const page = await listInteractions(db, accountId, c.req.valid('param').id, c.req.valid('query'));
      return c.json(page, 200);
    })
    .openapi(routes.create, async (c) => {
      const { accountId } = c.get('caller');
      const made = await createInteraction(
        db,
        accountId,
        c.req.valid('param').id,
        c.req.valid('json'),
        clock.now(),
      );
      return c.json(made, 201);
    })
    .openapi(routes.get, async (c) =>
      c.json(await getInteraction(db, c.get('caller').accountId, c.req.valid('param').id), 200),
    )
    .openapi(routes.update, async (c) => {
      const { accountId } = c.get('caller');
      const updated = await updateInteraction(db, accountId, c.req.valid('param').id, c.req.valid('json'));
      return c.json(updated, 200);
    })
    .openapi(routes.remove, async (c) => {
      await deleteInteraction(db, c.get('caller').accountId, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
