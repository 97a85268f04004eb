import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../app';

let t: TestApp;
let me: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t?.close());
it('surrogates via API', async () => {
  const r = await t.app.request('/api/v1/people', {
    method: 'POST',
    headers: { authorization: `Bearer ${me.token}`, 'content-type': 'application/json' },
    body: '{"name":"Ann \\ud800 B","tags":["x\\udc00"],"links":[{"url":"https://a.example/\\ud800"}]}',
  });
  const body = await r.text();
  console.log(r.status, JSON.stringify(body).slice(0, 400));
  const id = JSON.parse(body).id;
  if (id) {
    const n = await t.app.request(`/api/v1/people/${id}/needs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${me.token}`, 'content-type': 'application/json' },
      body: '{"text":"need \\ud800 help"}',
    });
    console.log('need', n.status, JSON.stringify(await n.text()).slice(0, 300));
    const s = await t.app.request(`/api/v1/people?q=%ED%A0%80`, {
      headers: { authorization: `Bearer ${me.token}` },
    });
    console.log('search', s.status);
    const s2 = await t.app.request(`/api/v1/people?q=${encodeURIComponent('Ann')}`, {
      headers: { authorization: `Bearer ${me.token}` },
    });
    console.log('search2', s2.status, (await s2.text()).slice(0, 100));
    const i = await t.app.request(`/api/v1/people/${id}/interactions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${me.token}`, 'content-type': 'application/json' },
      body: '{"type":"call","note":"\\ud800"}',
    });
    console.log('interaction', i.status, JSON.stringify(await i.text()).slice(0, 200));
    const p = await t.app.request(`/api/v1/people/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${me.token}`, 'content-type': 'application/json' },
      body: '{"caveats":[{"text":"\\ud800"}], "introPreferences":{"note":"\\ud800"}}',
    });
    console.log('patch', p.status, JSON.stringify(await p.text()).slice(0, 300));
  }
});
