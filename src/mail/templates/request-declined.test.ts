import { describe, expect, it } from 'vitest';
import { renderRequestDeclined } from './request-declined';

describe('renderRequestDeclined', () => {
  it('sends the connector’s note as written, escaped in HTML, signed by them, with no links', () => {
    const m = renderRequestDeclined({
      connector: { name: 'Connie', email: 'connie@example.com' },
      requesterName: 'Rita <b>R</b>',
      note: 'Not this time.\n\n<script>x</script> Good luck!',
    });
    expect(m.text).toBe('Hi Rita <b>R</b>,\n\nNot this time.\n\n<script>x</script> Good luck!\n\nConnie\n');
    expect(m.html).not.toContain('<script>x</script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.html).not.toContain('<b>R</b>');
    expect(m.links).toEqual([]);
  });
});
