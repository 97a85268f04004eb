// The `linchpin` command tree: global options, help layout and output, then every registered group.
import { readFileSync } from 'node:fs';
import { Command, type Help } from 'commander';
import { commandPath } from './action';
import type { CliContext } from './context';
import { nearest } from './nearest';
import { commandGroups } from './registry';

const EXAMPLES = `
Examples:
  npm start                                    start the server on http://127.0.0.1:4321
  npx linchpin serve --port 8080 --data ~/linchpin
  npx linchpin user create --email you@example.com   asks for a password (or LINCHPIN_PASSWORD)
  npx linchpin token create --email you@example.com --name scripts
  npx linchpin people add --name "Ada Lovelace" --email ada@example.com --company Analytical \\
      --tag engineer --tag mentor --trust 4 --blurb "Writes the programs nobody else can."
  npx linchpin people list --tag investor
  npx linchpin people list --search "climate seed" --json
  npx linchpin needs add --person <id> --text "Intro to a seed investor" --tag fundraising --urgency high
  npx linchpin demo                            fill the owner's account with a sample network

Every command takes --data DIR (default ./data, or LINCHPIN_DATA) and uses PostgreSQL instead when
DATABASE_URL is set. Commands act on the owner's account unless given --account EMAIL. While the server
is running, commands on its data directory go through it, so they are safe to use at any time.
`;

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** `json`: the command line asked for JSON, so errors are left to the caller to print as JSON. */
export function createProgram(ctx: CliContext, { json = false } = {}): Command {
  const program = new Command('linchpin');
  program
    .description("Linchpin, a connector's workbench: people, needs, offers and consent-first introductions")
    .version(VERSION, '-V, --version')
    .option('--data <dir>', 'data directory of the embedded database (default: ./data or LINCHPIN_DATA)')
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      // Commander writes to stderr only for a mistake on the command line (its message, help after it).
      writeErr: (s) => (json ? undefined : ctx.io.stderr(s)),
      outputError: (s, write) => write(s),
    })
    .configureHelp({
      visibleCommands: (cmd) => (cmd.parent ? cmd.commands : leafCommands(cmd)).filter((c) => !hidden(c)),
      subcommandTerm: (cmd) => commandTerm(cmd),
      sortSubcommands: false,
    } satisfies Partial<Help>)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText('after', EXAMPLES);
  for (const register of commandGroups) register(program, ctx);
  // Root help lists leaf commands ("people add"), and commander suggests from that list: "peple" would get
  // no suggestion. The root suggests among its own commands and groups instead.
  program.on('command:*', (operands: string[]) => {
    const word = operands[0] ?? '';
    const near = nearest(
      word,
      program.commands.filter((c) => !hidden(c)).map((c) => c.name()),
    );
    program.error(`error: unknown command '${word}'${near ? `\n(Did you mean ${near}?)` : ''}`, {
      code: 'commander.unknownCommand',
    });
  });
  return program;
}

/** Root help lists every runnable command, e.g. "people add", not just "people". */
function leafCommands(cmd: Command): Command[] {
  const leaves = cmd.commands.flatMap((c) =>
    c.commands.length ? [...(runsItself(c) ? [c] : []), ...leafCommands(c)] : [c],
  );
  // `serve` is registered last (see main.ts) but is what people look for first.
  return [...leaves.filter((c) => c.name() === 'serve'), ...leaves.filter((c) => c.name() !== 'serve')];
}

/**
 * Commander sets `_hidden` (`command(name, { hidden: true })`) and only its own default `visibleCommands`
 * reads it: there is no public getter (v14), and this replaces that method. Checked with `in`, not cast,
 * so a Commander without the field shows the command instead of failing.
 */
function hidden(cmd: Command): boolean {
  return '_hidden' in cmd && cmd._hidden === true;
}

/** A group that is also a command of its own (`suggest`, beside `suggest dismiss`). Same caveat as `hidden`. */
function runsItself(cmd: Command): boolean {
  return '_actionHandler' in cmd && typeof cmd._actionHandler === 'function';
}

function commandTerm(cmd: Command): string {
  const names = [commandPath(cmd)];
  const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
  return [...names, ...(cmd.options.length ? ['[options]'] : []), ...args].join(' ');
}
