// The JavaScript side of an import alone (decode, parse, map, validate, fingerprint: prepareFile + toEntry
// over every record, no database), for the source tree given, so that side can be measured against a
// baseline in alternating runs on a shared machine (CPU time is the figure there) and CPU-profiled.
// Run: node --import tsx bench/imports/parse-loop.ts [tree]   (PARSE_FILE=vcard|linkedin, PARSE_ROUNDS=3,
//      PROFILE_CPU=file.cpuprofile to write a CPU profile of the measured rounds)
// Alternating: git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
//      for i in 1 2 3; do for t in /tmp/base "$PWD"; do nice node --import tsx bench/imports/parse-loop.ts $t; done; done
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { linkedinCsv, vcards } from './generate';

const root = resolve(process.argv[2] ?? '.');
const { decodeFile } = await import(join(root, 'src/imports/decode.ts'));
const { prepareFile } = await import(join(root, 'src/imports/formats/index.ts'));
const { toEntry } = await import(join(root, 'src/imports/plan.ts'));

const kind = process.env.PARSE_FILE ?? 'vcard';
const rounds = Number(process.env.PARSE_ROUNDS ?? 3);
const bytes = Buffer.from(kind === 'vcard' ? vcards(10_000) : linkedinCsv(30_000));

function once(): number {
  const { text } = decodeFile(bytes);
  const prepared = prepareFile(text, { keepPhotos: false });
  let seq = 0;
  for (const item of prepared.items) toEntry(++seq, item, { keepPhotos: false });
  return seq;
}

// One round first, unmeasured: compiling and warming the code is not what is compared.
const records = once();
const session = new Session();
const profile = process.env.PROFILE_CPU;
if (profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const load = (await import('node:os')).loadavg()[0]!.toFixed(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let i = 0; i < rounds; i++) once();
const c = process.cpuUsage(c0);
const wall = performance.now() - t0;
if (profile) {
  const { profile: p } = await session.post('Profiler.stop');
  writeFileSync(profile, JSON.stringify(p));
}
console.log(
  `| ${root} | ${kind} ${records} records | ${rounds} rounds | CPU ${((c.user + c.system) / 1000 / rounds).toFixed(0)} ms per round | wall ${(wall / rounds).toFixed(0)} ms per round | load ${load} |`,
);
