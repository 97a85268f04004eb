// `linchpin intro propose|list|show|send|answer|cancel|outcome|agenda`: double-opt-in introductions.
// Every command goes through the same services (and so the same state machine) as the API; the handlers
// are in introductions-actions.ts.
import { type Command, Option } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, collect, jsonOption } from '../options';
import {
  ANSWER_WORDS,
  CHANNEL_WORDS,
  FOLLOW_UP_ANSWER_WORDS,
  KIND_WORDS,
  OUTCOME_WORDS,
  wordsHelp,
} from './introduction-words';

const actions = () => import('./introductions-actions');

/** How someone told the connector an answer by hand (their own link is not one of these). */
const toldChannelOption = () =>
  new Option(
    '--channel <channel>',
    wordsHelp({
      phone: CHANNEL_WORDS.phone,
      in_person: CHANNEL_WORDS.in_person,
      message: CHANNEL_WORDS.message,
      other: CHANNEL_WORDS.other,
    }),
  ).default('phone');

export function registerIntroductionCommands(program: Command, ctx: CliContext): void {
  const group = program.command('intro').description('Propose, send and follow double-opt-in introductions');

  group
    .command('propose')
    .description('Propose an introduction between two people (a draft unless --send)')
    .requiredOption('--a <personId>', 'person A (for seeker → provider: the seeker)')
    .requiredOption('--b <personId>', 'person B')
    .requiredOption('--reason <text>', 'why they should meet, in a sentence or two')
    .addOption(
      new Option('--kind <kind>', `${wordsHelp(KIND_WORDS)} (or seeker-provider)`).default(
        'seeker_provider',
        KIND_WORDS.seeker_provider,
      ),
    )
    .addOption(
      new Option('--order <order>', 'sequential (one after the other) or parallel').default('sequential'),
    )
    .option(
      '--disclose <caveatId>',
      'a caveat to show the other person, by the id linchpin people show prints beside it (repeat for several)',
      collect,
    )
    .option('--pitch-a <text>', 'what B is told about A (default: A’s blurb)')
    .option('--pitch-b <text>', 'what A is told about B (default: B’s blurb)')
    .option('--first <personId>', 'sequential order: who is asked first (default: A, or whoever is busy)')
    .option('--need <needId>', 'the need of A this answers')
    .option('--auto-send', 'send the introduction as soon as both said yes')
    .option('--confirm-unvouched', 'propose even though B (or a peer) has vouch criteria not all met')
    .option('--send', 'start asking right away (sends the first consent request)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nExample:\n  linchpin intro propose --a <seekerId> --b <providerId> --reason "Ada needs a bookkeeper; Bob is the best I know" --send',
    )
    .action(dbAction(ctx, () => actions().then((m) => m.proposeIntroduction)));

  group
    .command('list')
    .description('List introductions, most recently changed first')
    .option('--state <state>', 'only in this state (repeat for several)', collect)
    .option('--person <personId>', 'only introductions involving this person')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listIntroductions)));

  group
    .command('show')
    .description('Show an introduction: both consents, the consent log, events and emails')
    .argument('<id>', 'the introduction id')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.showIntroduction)));

  group
    .command('send')
    .description(
      'Do the next sending step: ask for consent (draft), send the introduction (ready), ask again (snoozed), or ask both how it went (introduced: the follow-up, now rather than when due)',
    )
    .argument('<id>', 'the introduction id')
    .option(
      '--personal-line <text>',
      'a line of your own at the top of the email (to read the email first, use Review and send in the web app)',
    )
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.sendIntroduction)));

  group
    .command('reconfirm')
    .description('Ask someone whose yes has grown stale whether it still stands, before introducing')
    .argument('<id>', 'the introduction id')
    .requiredOption('--party <party>', 'whose yes: a or b')
    .option('--personal-line <text>', 'a line of your own at the top of the request')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.reconfirmIntroduction)));

  group
    .command('answer')
    .description('Record an answer someone gave you by phone, in person or by message')
    .argument('<id>', 'the introduction id')
    .requiredOption('--person <personId>', 'who answered')
    .requiredOption('--answer <answer>', `${wordsHelp(ANSWER_WORDS)} (or later)`)
    .option('--until <date>', 'for later: when to ask again (YYYY-MM-DD)')
    .option('--note <text>', 'what they said')
    .addOption(toldChannelOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.answerIntroduction)));

  group
    .command('follow-up-answer')
    .description('Record how it went for one person, as they told you by phone, in person or by message')
    .argument('<id>', 'the introduction id')
    .requiredOption('--person <personId>', 'who told you')
    .requiredOption('--answer <answer>', `${wordsHelp(FOLLOW_UP_ANSWER_WORDS)} (words or codes)`)
    .option('--note <text>', 'what they said')
    .addOption(toldChannelOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.recordFollowUpAnswer)));

  group
    .command('cancel')
    .description('Cancel; whoever had said yes gets a short neutral note')
    .argument('<id>', 'the introduction id')
    .option('--note <text>', 'why (kept in the event log only)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.cancelIntroduction)));

  group
    .command('outcome')
    .description('Record how it went (closes the introduction)')
    .argument('<id>', 'the introduction id')
    .requiredOption('--outcome <outcome>', `${wordsHelp(OUTCOME_WORDS)} (words or codes, e.g. business-done)`)
    .option('--value <amount>', 'business done: the value that closed', (v) =>
      Number.isFinite(Number(v)) ? Number(v) : v,
    )
    // Not `--no-show`: commander reads any `--no-…` option as the negation of another, and drops its value.
    .option('--absent <personId>', 'no-show: who did not show up')
    .option('--note <text>', 'anything worth remembering')
    .option('--mark-need-met', '"met, and it helped" or "business done": mark the need it answered as met')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.recordOutcome)));

  group
    .command('agenda')
    .description('What needs you today: people to ask again, introductions to send, outcomes to record')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.showAgenda)));
}

/** What the last step wrote to the outbox, in words. */
