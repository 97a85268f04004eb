import type { App, AppDeps } from '../http/env';
import { registerPersonChildRoutes } from '../http/person-child-routes';
import { Interaction, InteractionInput, InteractionPatch } from './schema';
import { interactions } from './service';

export function registerInteractionRoutes(app: App, deps: AppDeps): void {
  registerPersonChildRoutes(app, deps, {
    plural: 'interactions',
    noun: 'interaction',
    tag: 'Interactions',
    Input: InteractionInput,
    Patch: InteractionPatch,
    Output: Interaction,
    service: interactions,
  });
}
