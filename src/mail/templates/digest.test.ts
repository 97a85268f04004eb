// The digest template: items grouped most urgent first, one line each, and whatever a summary holds is
// text (escaped in HTML, kept on one line in the plain part).
import { describe, expect, it } from 'vitest';
import { renderDigest } from './digest';

const base = {
  frequency: 'daily' as const,
  dateLabel: 'Monday 30 March 2026',
  todayUrl: 'https://lp.example/',
  settingsUrl: 'https://lp.example/settings',
};

describe('renderDigest', () => {
  it('groups items overdue, due today, worth knowing, and links Today and Settings', () => {
    const m = renderDigest({
      ...base,
      items: [
        { summary: 'Bruno answered yes', urgency: 'info', actionLabel: 'Got it' },
        { summary: 'Ada: no contact for 40 days', urgency: 'overdue', actionLabel: 'Log contact' },
        { summary: 'Send Ada & Bob', urgency: 'due', actionLabel: 'Send' },
      ],
    });
    expect(m.subject).toBe('Linchpin: 3 things need you (Monday 30 March 2026)');
    const order = [
      'Overdue:',
      '- Ada: no contact',
      'Due today:',
      '- Send Ada & Bob [Send]',
      'Worth knowing:',
    ];
    const at = order.map((s) => m.text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(m.links.map((l) => l.url)).toEqual([base.todayUrl, base.settingsUrl]);
    expect(m.html).toContain('Send Ada &amp; Bob');
  });

  it('escapes markup and flattens line breaks in a summary', () => {
    const m = renderDigest({
      ...base,
      frequency: 'weekly',
      items: [{ summary: '<script>alert(1)</script>\nSubject: forged', urgency: 'due', actionLabel: 'Open' }],
    });
    expect(m.subject).toBe('Linchpin: 1 thing needs you (Monday 30 March 2026)');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.text).toContain('- <script>alert(1)</script> Subject: forged [Open]');
    expect(m.text).toContain('Here is your week in Linchpin');
  });
});
