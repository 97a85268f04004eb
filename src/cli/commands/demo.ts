// `linchpin demo`: fills an account with a sample network (placeholder until the generator lands).
import type { Command } from 'commander';
import type { CliContext } from '../context';

export function registerDemoCommand(program: Command, _ctx: CliContext): void {
  program.command('demo').description('Fill an account with a realistic sample network');
}
