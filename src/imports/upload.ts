// Reads a multipart upload (one file plus text fields) with busboy as it streams in, and stops at the
// size limit: a larger file is refused with 413 before it is read, or as soon as it passes the limit,
// so memory stays bounded whatever is sent.
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { ProblemError } from '../shared/errors';
import { describeBytes } from './settings';

export interface Upload {
  fileName: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

export function tooLarge(max: number): ProblemError {
  return new ProblemError(
    413,
    'File too large',
    `Import and restore files are limited to ${describeBytes(max)} (${max} bytes). Split the file, or raise LINCHPIN_MAX_IMPORT_MB.`,
  );
}

export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new ProblemError(
      415,
      'Unsupported Media Type',
      'Send the file as multipart/form-data with a "file" field',
    );
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  // Room for the multipart envelope and the small text fields around the file.
  if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  const body = request.body;
  if (!body) throw new ProblemError(400, 'Bad Request', 'The request has no body');

  return new Promise<Upload>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: { 'content-type': type },
        // Browsers (and fetch's FormData) write a file name as UTF-8 bytes; busboy reads Latin-1 unless
        // told, which turned "Müller.csv" into "MÃ¼ller.csv" in the imports list and the people's source.
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 1_000_000 },
      });
    } catch (err) {
      reject(new ProblemError(400, 'Bad Request', `Malformed multipart body: ${(err as Error).message}`));
      return;
    }
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let fileName: string | undefined;
    let failed = false;
    const source = Readable.fromWeb(body);
    const fail = (err: ProblemError) => {
      if (failed) return;
      failed = true;
      source.unpipe(bb);
      source.destroy();
      reject(err);
    };
    bb.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      fileName = info.filename || 'upload';
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('limit', () => fail(tooLarge(maxBytes)));
    });
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('error', (err) =>
      fail(new ProblemError(400, 'Bad Request', `Malformed multipart body: ${(err as Error).message}`)),
    );
    bb.on('close', () => {
      if (failed) return;
      if (fileName === undefined) {
        fail(new ProblemError(400, 'Bad Request', 'No file: send it in a multipart field named "file"'));
        return;
      }
      resolve({ fileName, bytes: Buffer.concat(chunks), fields });
    });
    source.on('error', (err) =>
      fail(new ProblemError(400, 'Bad Request', `Upload interrupted: ${err.message}`)),
    );
    source.pipe(bb);
  });
}
