// Progress bars on stderr, drawn only when both ends are a terminal in this process: piped or forwarded
// output (a server running the command) gets the summary alone.
import type { SingleBar } from 'cli-progress';
import type { Session } from './context';

export async function progressBar(s: Session, format: string): Promise<SingleBar | undefined> {
  if (!s.io.isTTY || !process.stderr.isTTY) return undefined;
  const { default: cliProgress } = await import('cli-progress');
  return new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}
