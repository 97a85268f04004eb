import type { App, AppDeps } from '../http/env';
import { registerPersonChildRoutes } from '../http/person-child-routes';
import { Need, NeedInput, NeedPatch, Offer, OfferInput, OfferPatch } from './schema';
import { needs, offers } from './service';

export function registerNeedsOffersRoutes(app: App, deps: AppDeps): void {
  registerPersonChildRoutes(app, deps, {
    plural: 'needs',
    noun: 'need',
    tag: 'Needs',
    Input: NeedInput,
    Patch: NeedPatch,
    Output: Need,
    service: needs,
  });
  registerPersonChildRoutes(app, deps, {
    plural: 'offers',
    noun: 'offer',
    tag: 'Offers',
    Input: OfferInput,
    Patch: OfferPatch,
    Output: Offer,
    service: offers,
  });
}
