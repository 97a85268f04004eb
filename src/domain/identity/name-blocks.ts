// Blocking for name similarity: two names are only compared when they share a block, and only the
// newest NAME_BLOCK_CAP people of a block are compared at all.
import { type PreparedName, prepareName } from '../contact/name-similarity';
import { NAME_BLOCK_CAP } from './limits';

/**
 * The blocks of a name key (same company assumed): the same surname (covers "same name", initials and
 * first-name typos), the same first name and surname start (surname typos), or the same words in
 * another order.
 */
export function nameBlocks(key: string): string[] {
  return preparedNameBlocks(prepareName(key));
}

export function preparedNameBlocks(name: PreparedName): string[] {
  const { key, tokens } = name;
  if (tokens.length < 2) return key ? [`s:${key}`] : [];
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  return [`s:${last}`, `f:${first}:${last.slice(0, 2)}`, `o:${name.sorted}`];
}

/** The members of a block that are compared: the newest NAME_BLOCK_CAP (a block lists oldest first). */
export const comparedMembers = <T>(block: readonly T[]): readonly T[] =>
  block.length > NAME_BLOCK_CAP ? block.slice(-NAME_BLOCK_CAP) : block;
