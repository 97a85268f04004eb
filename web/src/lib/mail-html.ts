// Stored email HTML prepared for showing in a sandboxed frame.
const BASE = '<base target="_blank">';

export function withBlankTargets(html: string): string {
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (m) => `${m}${BASE}`);
  return `${BASE}${html}`;
}
