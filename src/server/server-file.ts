// <dataDir>/server.json tells other linchpin processes where the running server is and how to
// authenticate to its internal CLI endpoint. Readable by the owner only: the token runs any command.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const SERVER_FILE_NAME = 'server.json';

const ServerInfo = z.object({ pid: z.number().int(), url: z.string(), rpcToken: z.string().min(20) });
export type ServerInfo = z.infer<typeof ServerInfo>;

export const serverFilePath = (dataDir: string) => join(dataDir, SERVER_FILE_NAME);

export function writeServerFile(dataDir: string, info: ServerInfo): void {
  const path = serverFilePath(dataDir);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

export function readServerFile(dataDir: string): ServerInfo | undefined {
  try {
    const parsed = ServerInfo.safeParse(JSON.parse(readFileSync(serverFilePath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function removeServerFile(dataDir: string, pid = process.pid): void {
  // Only our own: a server that lost its lock must not delete its successor's file.
  if (readServerFile(dataDir)?.pid === pid) rmSync(serverFilePath(dataDir), { force: true });
}
