// Every source of Today's items. A new source is a `TodaySource` (see `../source.ts`) in its own file here,
// added to this list: its subquery joins Today's one statement and its items join the one sort.
import type { TodaySource } from '../source';
import { answersSource } from './answers';
import { asksSource } from './asks';
import { failedMailSource } from './failed-mail';
import { introductionsSource } from './introductions';
import { keepInTouchSource } from './keep-in-touch';
import { needsSource } from './needs';
import { suggestionsSource } from './suggestions';

export const TODAY_SOURCES: readonly TodaySource[] = [
  introductionsSource,
  answersSource,
  failedMailSource,
  keepInTouchSource,
  needsSource,
  suggestionsSource,
  asksSource,
];
