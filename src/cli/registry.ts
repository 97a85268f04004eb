// Every command group of `linchpin`, in the order `linchpin --help` lists them. To add a group, write
// src/cli/commands/<group>.ts exporting a RegisterCommands function and add it here; its handlers go in
// <group>-actions.ts, imported when a command runs, so that this list stays cheap to load. (`serve` is
// wired in main.ts instead, because the server runs the other commands in-process.)
import { registerAgendaCommand } from './commands/agenda';
import { registerDemoCommand } from './commands/demo';
import { registerImportExportCommands } from './commands/import-export';
import { registerInsightsCommand } from './commands/insights';
import { registerInteractionCommands } from './commands/interactions';
import { registerIntroductionCommands } from './commands/introductions';
import { registerKeepInTouchCommands } from './commands/keep-in-touch';
import { registerNeedCommands } from './commands/needs';
import { registerOfferCommands } from './commands/offers';
import { registerOutboxCommands } from './commands/outbox';
import { registerPeopleCommands } from './commands/people';
import { registerReferralCommands } from './commands/referrals';
import { registerRequestCommands } from './commands/requests';
import { registerSuggestCommands } from './commands/suggest';
import { registerTokenCommands } from './commands/token';
import { registerUserCommands } from './commands/user';
import type { RegisterCommands } from './context';

export const commandGroups: RegisterCommands[] = [
  registerUserCommands,
  registerTokenCommands,
  registerPeopleCommands,
  registerNeedCommands,
  registerOfferCommands,
  registerInteractionCommands,
  registerKeepInTouchCommands,
  registerIntroductionCommands,
  registerReferralCommands,
  registerAgendaCommand,
  registerInsightsCommand,
  registerRequestCommands,
  registerSuggestCommands,
  registerOutboxCommands,
  registerImportExportCommands,
  registerDemoCommand,
];
