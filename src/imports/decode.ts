// Turns the bytes of an uploaded file into text: BOMs, UTF-16, UTF-8 or the Windows code page that
// Outlook, Excel and other desktop programs export in (code-pages.ts). Refuses binary files.
import iconv from 'iconv-lite';
import { ProblemError } from '../shared/errors';
import { type LegacyCodePage, legacyCodePageOf } from './code-pages';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyCodePage;

export interface DecodedFile {
  text: string;
  encoding: TextEncoding;
}

export class FileFormatError extends ProblemError {
  constructor(detail: string) {
    super(422, 'This file cannot be imported', detail);
  }
}

/**
 * The encoding of a file: its BOM, UTF-16 by its zero bytes, UTF-8, else the legacy code page it reads
 * best in (code-pages.ts), `recognised` measuring how much of a reading the caller knows.
 */
export function detectEncoding(
  bytes: Uint8Array,
  recognised?: (text: string) => number,
): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without a BOM: ASCII text leaves every other byte zero.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (half >= 4 && oddZeros > half * 0.6 && evenZeros < half * 0.05)
    return { encoding: 'utf-16le', bomLength: 0 };
  if (half >= 4 && evenZeros > half * 0.6 && oddZeros < half * 0.05)
    return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : legacyCodePageOf(bytes, recognised), bomLength: 0 };
}

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of characters that never occur in a text file (NUL and most C0 controls). */
function binaryShare(text: string): number {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** `recognised`: how much of a text the caller knows (a CSV's column names), to choose a legacy code page by. */
export function decodeFile(bytes: Uint8Array, recognised?: (text: string) => number): DecodedFile {
  if (bytes.length === 0) throw new FileFormatError('The file is empty.');
  const { encoding, bomLength } = detectEncoding(bytes, recognised);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.length - bomLength);
  const text = encoding === 'utf-8' ? body.toString('utf8') : iconv.decode(body, encoding);
  if (text.trim() === '') throw new FileFormatError('The file is empty (it holds only blank space).');
  if (binaryShare(text) > 0.01) {
    throw new FileFormatError(
      'This looks like a binary file, not a contacts export. Upload a vCard (.vcf) or CSV file.',
    );
  }
  return { text: text.replace(/^\ufeff/, ''), encoding };
}

/** Decodes bytes from a vCard 2.1 QUOTED-PRINTABLE value with its CHARSET (UTF-8 when unsure). */
export function decodeCharset(bytes: Buffer, charset: string | undefined): string {
  const cs = charset?.trim().toLowerCase();
  if (cs && cs !== 'utf-8' && cs !== 'utf8' && iconv.encodingExists(cs)) return iconv.decode(bytes, cs);
  if (isUtf8(bytes)) return bytes.toString('utf8');
  // Declared UTF-8 with a stray invalid byte (seen in Android exports): keep the valid text.
  if (cs) return bytes.toString('utf8').replace(/\ufffd/g, '');
  return iconv.decode(bytes, 'windows-1252');
}
