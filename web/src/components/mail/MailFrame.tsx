// An email's or a consent page's stored HTML, shown as its recipient saw it but unable to act here: a
// sandboxed frame without scripts or same-origin access. Links open in a new tab.
import { withBlankTargets } from '../../lib/mail-html';

export function MailFrame({ html, title, height = 520 }: { html: string; title: string; height?: number }) {
  return (
    <iframe
      title={title}
      srcDoc={withBlankTargets(html)}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      style={{
        width: '100%',
        height,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        background: '#f4f4f1',
      }}
    />
  );
}
