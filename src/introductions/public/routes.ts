// GET /r/:token shows a page and changes nothing; POST /r/:token takes the answer. No account needed:
// the unguessable token is the credential. Forms must carry the token in the body too, and a browser's
// Origin (when sent) must be this site, so another site cannot submit an answer on someone's behalf.
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createRouter } from '../../http/router';
import { linkBase } from '../../mail/links';
import type { AppDeps } from '../../shared/deps';
import { safeEqual } from '../../shared/secrets';
import { messagePage } from './pages';
import { answerLink, type PageResult, showLink } from './service';

const MAX_FORM_BYTES = 16_384;

function send(c: Context, r: PageResult): Response {
  c.header('cache-control', 'no-store');
  // Not no-referrer: with it browsers send "Origin: null" on the form POST, which the check below refuses.
  c.header('referrer-policy', 'same-origin');
  c.header('x-robots-tag', 'noindex, nofollow');
  return c.html(r.html, r.status);
}

/** True when the request comes from this site (or from no browser page at all). */
export function sameOrigin(c: Context, deps: Pick<AppDeps, 'config'>): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return false;
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  const allowed = new Set([new URL(c.req.url).origin, new URL(linkBase(deps.config)).origin]);
  const host = c.req.header('host');
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}

export function publicIntroductionRoutes(deps: AppDeps) {
  return createRouter()
    .get('/r/:token/', (c) => {
      // A link a mail program or a forwarder ended with a slash: the same page, where the web app's
      // sign-in page answered it. Nothing is looked up or changed on the way.
      const { search } = new URL(c.req.url);
      c.header('cache-control', 'no-store');
      c.header('referrer-policy', 'same-origin');
      return c.redirect(`/r/${encodeURIComponent(c.req.param('token'))}${search}`, 308);
    })
    .get('/r/:token', async (c) => {
      const answer = c.req.query('answer');
      return send(c, await showLink(deps, c.req.param('token'), { answer }));
    })
    .post(
      '/r/:token',
      bodyLimit({
        maxSize: MAX_FORM_BYTES,
        onError: (c) =>
          send(c, { status: 400, html: messagePage('That was too much', 'The answer was too long.') }),
      }),
      async (c) => {
        const token = c.req.param('token');
        const type = c.req.header('content-type') ?? '';
        if (!/^application\/x-www-form-urlencoded|^multipart\/form-data/i.test(type)) {
          return send(c, {
            status: 400,
            html: messagePage('Something went wrong', 'Please answer using the buttons on the page.'),
          });
        }
        const body = await c.req.parseBody().catch(() => null);
        const form: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(body ?? {})) if (typeof v === 'string') form[k] = v;
        // RFC 8058 one-click unsubscribe: the mail provider posts this exact body, without a browser page.
        const oneClick = form['List-Unsubscribe'] === 'One-Click';
        if (oneClick) form.answer = 'opt_out';
        const bound = oneClick || (typeof form.token === 'string' && safeEqual(form.token, token));
        if (!bound || !sameOrigin(c, deps)) {
          return send(c, {
            status: 400,
            html: messagePage(
              'Please answer from the page',
              'Open the link from the email again and use the buttons there.',
            ),
          });
        }
        return send(c, await answerLink(deps, token, form));
      },
    );
}
