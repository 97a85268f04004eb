// The options that set a person's fields, shared by `people add` and `people edit` (person-fields.ts
// maps them to the API's fields).
import type { Command } from 'commander';
import { collect, intArg } from '../options';

export interface PersonFieldOptions {
  name?: string;
  greetAs?: string;
  email?: string[];
  phone?: string[];
  company?: string;
  title?: string;
  location?: string;
  link?: string[];
  blurb?: string;
  tag?: string[];
  trust?: number | string;
  vouch?: string[];
  vouched?: string[];
  notes?: string;
  caveat?: string[];
  askFirst?: boolean;
  doNotIntroduce?: boolean;
  maxRequests?: number | string;
  values?: string[];
  keepInTouch?: number | string;
  keepInTouchMax?: number | string;
}

// "none" clears a number field. Commander turns a parser's null into '', so the word is kept here and
// becomes null in personFields.
export const NONE = 'none';
const numberOrNone = (value: string) => (/^(none|null)$/i.test(value.trim()) ? NONE : intArg(value));

export function addPersonFieldOptions(cmd: Command): Command {
  return cmd
    .option('--name <name>', 'full name')
    .option('--greet-as <name>', 'how emails greet them (default: their first name; "" for the default)')
    .option('--email <email>', 'email address (repeat for several)', collect)
    .option('--phone <phone>', 'phone number (repeat for several)', collect)
    .option('--company <company>', 'company or organisation')
    .option('--title <title>', 'job title')
    .option('--location <place>', 'city, region or country')
    .option('--link <url>', 'LinkedIn, website, GitHub… (repeat for several)', collect)
    .option('--blurb <text>', 'the paragraph you use when introducing them')
    .option('--tag <tag>', 'a tag (repeat for several)', collect)
    .option('--trust <1-5>', 'how much you trust them, 1 to 5 ("none" to clear)', numberOrNone)
    .option('--vouch <criterion>', 'a vouch criterion not met yet (repeat)', collect)
    .option(
      '--vouched <criterion>',
      'a vouch criterion already met, e.g. "worked with them" (repeat)',
      collect,
    )
    .option('--notes <text>', 'private notes (never leave your account)')
    .option('--caveat <text>', 'an honest downside, private unless you disclose it (repeat)', collect)
    .option('--ask-first', 'busy: ask them first in an introduction')
    .option('--no-ask-first', 'not busy')
    .option('--do-not-introduce', 'never suggest introductions to them')
    .option('--no-do-not-introduce', 'introductions are fine again')
    .option(
      '--max-requests <n>',
      'introduction requests per month at most ("none" for no limit)',
      numberOrNone,
    )
    .option('--values <kind>', 'a kind of help they value (repeat)', collect)
    .option('--keep-in-touch <days>', 'ideal days between contacts ("none" to clear)', numberOrNone)
    .option('--keep-in-touch-max <days>', 'longest acceptable gap in days ("none" to clear)', numberOrNone);
}
