// What a person page says when a guardrail, not the lack of a match, leaves a list of theirs empty: the
// connector must not be told "no one matches" and to write more offers when the person is held back.
import type { PersonExclusion } from './guardrails';

export function heldBackWords(name: string, exclusion: PersonExclusion): string {
  switch (exclusion) {
    case 'do_not_introduce':
      return `${name} is marked “do not introduce”, so Linchpin suggests no introduction with them.`;
    case 'no_email':
      return `${name} has no email address, so they cannot be asked and Linchpin suggests no introduction with them.`;
    case 'over_budget':
      return `${name} has had as many introduction requests this month as they want, so Linchpin suggests none with them until next month (or until you raise their limit).`;
    case 'awaiting_answer':
      return `${name} has not answered your last introduction request yet, so Linchpin waits for that answer before suggesting them to anyone else.`;
    case 'no_show':
      return `${name} did not show up to an introduction, so Linchpin does not suggest them as a provider until you vouch for them again.`;
  }
}
