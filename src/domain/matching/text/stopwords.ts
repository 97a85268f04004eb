// Words that say nothing about what help is asked or offered: English function words and the filler of a
// connector's notes ("looking for someone who could help with…"). They still count for phrases ("in the
// market for"); they never count as shared words.
import { stem } from './stem';

const LIST = `a about above after again against all also am an and any anyone anybody are as at be because been
before being below between both by can could did do does doing done down during each else etc even ever every few
for from further get gets getting got had has have having he her here hers herself him himself his how i if in into
is it its itself just let like lot lots me more most much must my myself no nor not now of off on once one only or
other our ours ourselves out over own per please quite rather re really same she should so some someone somebody
something such than that the their theirs them themselves then there these they this those through to too under
until up upon us very via was we were what when where which while who whom whose why will with within without
would yet you your yours yourself yourselves ll ve d s t m
need needs needed needing want wants wanted looking look find finding help helps helping helped know knows knew
intro intros introduce introduction introductions connect connection contact person people anyone guy gal folks
someone somebody good great best maybe asap soon quick quickly new thanks thank hi hello hey ideally especially
well around kind sort thing things way ways able happy keen interested currently right time year years month
months week weeks day days e g eg ie re`;

export const STOP_STEMS: ReadonlySet<string> = new Set(
  LIST.split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => stem(w)),
);

export const isStop = (stemmed: string): boolean =>
  STOP_STEMS.has(stemmed) || stemmed.length < 2 || /^\d+$/.test(stemmed);
