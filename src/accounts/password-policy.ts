// The minimum a new password must meet (sign-up, `user create`, change and reset): long enough, not just
// spaces, and not one of the passwords attackers try first. Sign-in does not apply it, so accounts made
// under an older rule can still sign in and then change their password.
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

const common = new Set(COMMON_PASSWORDS);

/** Why a new password is too weak, or undefined when it is acceptable. */
export function weakPasswordReason(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() === '') return 'must not be only spaces';
  if (new Set(password).size === 1) return 'must not be one character repeated';
  if (common.has(password.toLowerCase()) || common.has(password.trim().toLowerCase())) {
    return 'is one of the most common passwords; choose another';
  }
  return undefined;
}
