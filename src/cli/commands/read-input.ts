// The file `linchpin import` and `restore` read. A command forwarded to a running server is read by the
// server process, so what it reads must end: only a regular file, and never more than the import limit,
// whatever its size claims (/dev/zero never ends, a pipe with no writer never opens, and /proc files
// say they are empty).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeBytes, importSettings } from '../../imports/settings';
import { UserError } from '../context';

const CHUNK = 1024 * 1024;

export async function readInput(path: string): Promise<Buffer> {
  const max = importSettings().maxBytes;
  const limit = `files are limited to ${describeBytes(max)} (LINCHPIN_MAX_IMPORT_MB)`;
  let file: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking, so opening a pipe nobody writes to returns at once (and is then refused below).
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`cannot read ${path}: no such file`);
    throw new UserError(`cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) throw new UserError(`cannot read ${path}: it is a folder`);
    if (!stat.isFile()) {
      throw new UserError(
        `cannot read ${path}: it is not a file (a device or a pipe); save it to a file first`,
      );
    }
    if (stat.size > max) throw new UserError(`${path} is ${describeBytes(stat.size)}; ${limit}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const { bytesRead } = await file.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new UserError(`${path} is larger than ${describeBytes(max)}; ${limit}`);
      chunks.push(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${path}: ${(err as Error).message}`);
  } finally {
    await file.close();
  }
}
