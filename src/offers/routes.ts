import { personChildRoutes } from '../http/person-child-routes';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { Offer, OfferInput, OfferPatch } from './schema';
import { createOffer, deleteOffer, getOffer, listOffers, updateOffer } from './service';

const routes = personChildRoutes({
  plural: 'offers',
  noun: 'offer',
  tag: 'Offers',
  Input: OfferInput,
  Patch: OfferPatch,
  Output: Offer,
});

export function offersRoutes({ db, clock }: AppDeps) {
  return createRouter()
    .openapi(routes.list, async (c) =>
      c.json(
        await listOffers(db, c.get('caller').accountId, c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
    )
    .openapi(routes.create, async (c) => {
      const { accountId } = c.get('caller');
      const offer = await createOffer(
        db,
        accountId,
        c.req.valid('param').id,
        c.req.valid('json'),
        clock.now(),
      );
      return c.json(offer, 201);
    })
    .openapi(routes.get, async (c) =>
      c.json(await getOffer(db, c.get('caller').accountId, c.req.valid('param').id), 200),
    )
    .openapi(routes.update, async (c) => {
      const { accountId } = c.get('caller');
      const offer = await updateOffer(
        db,
        accountId,
        c.req.valid('param').id,
        c.req.valid('json'),
        clock.now(),
      );
      return c.json(offer, 200);
    })
    .openapi(routes.remove, async (c) => {
      await deleteOffer(db, c.get('caller').accountId, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
