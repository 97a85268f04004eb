// `npm run typecheck`: the server's and the web app's TypeScript projects, checked side by side. Each `tsc` is
// single-threaded, so on a machine with two or more cores the pair takes as long as the slower one alone.
// The web client's API types are regenerated first (scripts/api-types.mjs), since the web project reads them.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

/** Runs a command to its end, its output kept and printed in one piece so the two checks do not interleave. */
function run(label, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      if (output.trim() !== '') process.stdout.write(`${label}:\n${output}`);
      resolve(code ?? 1);
    });
  });
}

const apiTypes = await run('api types', [fileURLToPath(new URL('./api-types.mjs', import.meta.url))]);
if (apiTypes !== 0) process.exit(apiTypes);
const codes = await Promise.all([
  run('server (tsconfig.json)', [tsc, '--noEmit', '-p', 'tsconfig.json']),
  run('web (web/tsconfig.json)', [tsc, '--noEmit', '-p', 'web/tsconfig.json']),
]);
process.exit(codes.find((code) => code !== 0) ?? 0);
