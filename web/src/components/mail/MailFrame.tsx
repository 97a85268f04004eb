// An email's or a consent page's stored HTML, shown as its recipient saw it but unable to act here: a
// sandboxed frame without scripts. Links open in a new tab. Same-origin access (without scripts, which
// stay blocked) lets the page read the email's height, so the whole email shows, not its first screen.
import { useState } from 'react';
import { withBlankTargets } from '../../lib/mail-html';

const MIN_HEIGHT = 200;

export function MailFrame({ html, title, height = 520 }: { html: string; title: string; height?: number }) {
  const [fitted, setFitted] = useState<number | null>(null);
  return (
    <iframe
      title={title}
      srcDoc={withBlankTargets(html)}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      onLoad={(e) => {
        const doc = e.currentTarget.contentDocument;
        const content = doc ? Math.max(doc.documentElement.scrollHeight, doc.body?.scrollHeight ?? 0) : 0;
        setFitted(content > 0 ? Math.max(MIN_HEIGHT, content + 4) : null);
      }}
      style={{
        width: '100%',
        height: fitted ?? height,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        background: '#f4f4f1',
      }}
    />
  );
}
