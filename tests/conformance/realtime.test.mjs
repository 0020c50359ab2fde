// Fidelity check: supabase-js Realtime (postgres_changes, vsn 2.0.0 by default) against localbase.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { startLocalbase, userFor } from './localbase.mjs';

let server;
const clients = [];

async function signedIn(role, business) {
  const user = userFor(server, role, business);
  const c = createClient(server.url, server.anon_key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket, timeout: 20000 },
  });
  clients.push(c);
  const { data, error } = await c.auth.signInWithPassword({ email: user.email, password: user.password });
  assert.equal(error, null);
  await c.realtime.setAuth(data.session.access_token);
  return c;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms); }),
  ]);
}

before(async () => { server = await startLocalbase(); });
after(async () => {
  for (const c of clients) await c.removeAllChannels().catch(() => {});
  for (const c of clients) c.realtime.disconnect();
  await server?.stop();
});

test('postgres_changes INSERT reaches a subscriber who may read the row, and only then', async () => {
  const staff = await signedIn('staff', 'a');
  const admin = await signedIn('admin', 'a');
  const foreignAdmin = await signedIn('admin', 'b');

  const received = [];
  let resolveOwn;
  const own = new Promise((resolve) => { resolveOwn = resolve; });
  const channel = staff.channel('desk')
    .on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'notifications' }, (payload) => {
      received.push(payload);
      if (payload.new.title === 'Colour stock arrived') resolveOwn(payload);
    });
  await withTimeout(new Promise((resolve, reject) => {
    channel.subscribe((status, err) => {
      if (status === 'SUBSCRIBED') resolve();
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') reject(err ?? new Error(status));
    });
  }), 30000, 'subscribe');

  const foreign = await foreignAdmin.from('notifications')
    .insert({ business_id: 'b0000000-0000-4000-8000-000000000001', kind: 'notice', title: 'Not for Protea' });
  assert.equal(foreign.error, null);
  const mine = await admin.from('notifications')
    .insert({ business_id: 'a0000000-0000-4000-8000-000000000001', kind: 'notice', title: 'Colour stock arrived' });
  assert.equal(mine.error, null);

  const payload = await withTimeout(own, 30000, 'postgres_changes event');
  assert.equal(payload.eventType, 'INSERT');
  assert.equal(payload.schema, 'public');
  assert.equal(payload.table, 'notifications');
  assert.equal(payload.new.business_id, 'a0000000-0000-4000-8000-000000000001');
  await new Promise((resolve) => setTimeout(resolve, 500)); // let a wrongly routed event show up
  assert.deepEqual(received.map((p) => p.new.title), ['Colour stock arrived']);
  assert.equal(await channel.unsubscribe(), 'ok');
});
