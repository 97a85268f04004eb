// What `linchpin token …` does (its options are in token.ts).
import { TokenInput } from '../../accounts/schema';
import { accountForEmailOrOwner, createApiToken } from '../../accounts/service';
import type { Handler } from '../action';
import { printJson } from '../format';
import { parseInput } from '../input';

export const createToken: Handler<{ email?: string; name: string; json?: boolean }> = async (s, { opts }) => {
  const input = parseInput(TokenInput, { name: opts.name });
  const account = await accountForEmailOrOwner(s.deps.db, opts.email);
  const created = await createApiToken(s.deps.db, account.id, input.name);
  if (opts.json) return printJson(s.io, { ...created, email: account.email });
  s.io.stdout(`Created API token "${created.name}" for ${account.email}. It is shown only this once.\n`);
  s.io.stdout('Send it as "Authorization: Bearer <token>".\n');
  s.io.stdout(`Token: ${created.token}\n`);
};
