// The JavaScript side of an import alone (decode, parse, map, validate, fingerprint: prepareFile + toEntry
// over every record, no database), for one source tree or several. Given several, it loads each and runs
// their rounds in turn in the same process, so a change is measured against its baseline under the same
// load (on a shared machine CPU time is the figure to read); it prints each tree's median.
// Run: node --import tsx bench/imports/parse-loop.ts [tree …]   (PARSE_FILE=vcard|linkedin, PARSE_ROUNDS=5,
//      PROFILE_CPU=file.cpuprofile: a CPU profile of the measured rounds of a single tree)
// Baseline: git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
//      nice node --import tsx bench/imports/parse-loop.ts /tmp/base "$PWD"
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { linkedinCsv, vcards } from './generate';

interface Tree {
  root: string;
  once: () => number;
  cpu: number[];
  wall: number[];
}

const kind = process.env.PARSE_FILE ?? 'vcard';
const rounds = Number(process.env.PARSE_ROUNDS ?? 5);
const bytes = Buffer.from(kind === 'vcard' ? vcards(10_000) : linkedinCsv(30_000));

async function load(dir: string): Promise<Tree> {
  const root = resolve(dir);
  const { decodeFile } = await import(join(root, 'src/imports/decode.ts'));
  const { prepareFile } = await import(join(root, 'src/imports/formats/index.ts'));
  const { toEntry } = await import(join(root, 'src/imports/plan.ts'));
  const once = (): number => {
    const { text } = decodeFile(bytes);
    const prepared = prepareFile(text, { keepPhotos: false });
    let seq = 0;
    for (const item of prepared.items) toEntry(++seq, item, { keepPhotos: false });
    return seq;
  };
  return { root, once, cpu: [], wall: [] };
}

const trees = await Promise.all((process.argv.length > 2 ? process.argv.slice(2) : ['.']).map(load));
// One round each first, unmeasured: compiling and warming the code is not what is compared.
const records = trees.map((t) => t.once());
const session = new Session();
const profile = trees.length === 1 ? process.env.PROFILE_CPU : undefined;
if (profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const loadBefore = loadavg()[0]!.toFixed(2);
for (let i = 0; i < rounds; i++) {
  for (const t of trees) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    t.once();
    const c = process.cpuUsage(c0);
    t.cpu.push((c.user + c.system) / 1000);
    t.wall.push(performance.now() - t0);
  }
}
if (profile) {
  const { profile: p } = await session.post('Profiler.stop');
  writeFileSync(profile, JSON.stringify(p));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${kind}, ${records[0]} records, ${rounds} rounds each, load ${loadBefore} → ${loadavg()[0]!.toFixed(2)}`,
);
console.log('| tree | CPU per round, median (ms) | all rounds (ms) | wall, median (ms) |');
console.log('|---|---|---|---|');
for (const t of trees)
  console.log(
    `| ${t.root} | ${median(t.cpu).toFixed(0)} | ${t.cpu.map((x) => x.toFixed(0)).join(', ')} | ${median(t.wall).toFixed(0)} |`,
  );
