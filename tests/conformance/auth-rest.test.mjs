// Fidelity check: the official supabase-js client against chairside-localbase (Auth + PostgREST).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AuthApiError, createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { mintJwt, startLocalbase, userFor } from './localbase.mjs';

const PROTEA = 'a0000000-0000-4000-8000-000000000001';
const AZULEJO = 'b0000000-0000-4000-8000-000000000001';

let server;
const clients = [];

function client(options = {}) {
  const c = createClient(server.url, server.anon_key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket }, // Node 20 has no global WebSocket
    ...options,
  });
  clients.push(c);
  return c;
}

async function signedIn(role, business = 'a') {
  const user = userFor(server, role, business);
  const c = client();
  const { data, error } = await c.auth.signInWithPassword({ email: user.email, password: user.password });
  assert.equal(error, null);
  return { c, session: data.session, user };
}

before(async () => { server = await startLocalbase(); });
after(async () => {
  for (const c of clients) await c.removeAllChannels().catch(() => {});
  await server?.stop();
});

describe('auth', () => {
  test('password sign-in returns a GoTrue session', async () => {
    const { session, user } = await signedIn('staff');
    assert.equal(session.token_type, 'bearer');
    assert.equal(session.expires_in, 3600);
    assert.ok(session.expires_at > Date.now() / 1000);
    assert.equal(session.user.email, user.email);
    assert.equal(session.user.aud, 'authenticated');
  });

  test('wrong password is invalid_credentials', async () => {
    const { data, error } = await client().auth.signInWithPassword({
      email: 'staff@protea.example', password: 'wrong-password',
    });
    assert.equal(data.session, null);
    assert.ok(error instanceof AuthApiError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_credentials');
    assert.equal(error.message, 'Invalid login credentials');
  });

  test('refresh rotates, and reuse of an old token revokes the family', async () => {
    const { c, session } = await signedIn('admin');
    const first = session.refresh_token;
    const r1 = await c.auth.refreshSession({ refresh_token: first });
    assert.equal(r1.error, null);
    const second = r1.data.session.refresh_token;
    assert.notEqual(second, first);
    const r2 = await c.auth.refreshSession({ refresh_token: second });
    assert.equal(r2.error, null);
    const third = r2.data.session.refresh_token;

    const reused = await client().auth.refreshSession({ refresh_token: first });
    assert.ok(reused.error instanceof AuthApiError);
    assert.equal(reused.error.code, 'refresh_token_already_used');
    const revoked = await client().auth.refreshSession({ refresh_token: third });
    assert.equal(revoked.error.code, 'refresh_token_already_used');
  });

  test('getUser and global sign-out', async () => {
    const { c, session, user } = await signedIn('owner', 'b');
    const me = await c.auth.getUser(session.access_token);
    assert.equal(me.error, null);
    assert.equal(me.data.user.email, user.email);
    const out = await c.auth.signOut();
    assert.equal(out.error, null);
    const after = await client().auth.getUser(session.access_token);
    // auth-js turns the server's 403 session_not_found into AuthSessionMissingError.
    assert.ok(after.error);
    assert.equal(after.error.name, 'AuthSessionMissingError');
    assert.equal(after.data.user, null);
  });
});

describe('rest', () => {
  test('sync_pull and apply_mutations RPCs', async () => {
    const { c } = await signedIn('staff');
    const pulled = await c.rpc('sync_pull', { cursor: null, limit: 100 });
    assert.equal(pulled.error, null);
    assert.deepEqual(pulled.data.rows.businesses.map((b) => b.id), [PROTEA]);
    assert.ok(pulled.data.cursor);

    const empty = await c.rpc('apply_mutations', { batch: [] });
    assert.equal(empty.error, null);
    assert.deepEqual(empty.data, []);

    const id = randomUUID();
    const answered = await c.rpc('apply_mutations', { batch: [{ mutation_id: id, kind: 'no.such_kind', payload: {} }] });
    assert.equal(answered.error, null);
    assert.equal(answered.data.length, 1);
    assert.equal(answered.data[0].mutation_id, id);
    assert.notEqual(answered.data[0].status, 'applied');

    const missing = await c.rpc('no_such_function', {});
    assert.equal(missing.error.code, 'PGRST202');
    assert.equal(missing.status, 404);
  });

  test('table reads with filters, order, range and exact count', async () => {
    const { c } = await signedIn('owner');
    const page = await c.from('services').select('id,name,price_minor', { count: 'exact' })
      .gte('price_minor', 0).order('price_minor', { ascending: false }).range(0, 1);
    assert.equal(page.error, null);
    assert.equal(page.status, 206);
    assert.equal(page.count, 3);
    assert.deepEqual(page.data.map((s) => s.name), ['Full colour', 'Cut & blow-dry']);

    const filtered = await c.from('customers').select('full_name')
      .in('id', ['a4000000-0000-4000-8000-000000000001', 'a4000000-0000-4000-8000-000000000002'])
      .ilike('full_name', '%ip%');
    assert.equal(filtered.error, null);
    assert.deepEqual(filtered.data, [{ full_name: 'Sipho Ndlovu' }]);

    const single = await c.from('businesses').select('name').eq('id', PROTEA).single();
    assert.equal(single.error, null);
    assert.equal(single.data.name, 'Protea Hair & Beauty');

    const beyond = await c.from('services').select('id', { count: 'exact' }).range(50, 60);
    assert.equal(beyond.status, 416);
    assert.equal(beyond.error.code, 'PGRST103');

    const unknown = await c.from('no_such_table').select('*');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.error.code, 'PGRST205');
  });

  test('RLS: staff cannot see handoffs, nor write into another salon', async () => {
    const { c } = await signedIn('staff');
    const handoffs = await c.from('ai_handoffs').select('*');
    assert.equal(handoffs.error, null);
    assert.deepEqual(handoffs.data, []);

    const foreign = await c.from('customers').insert({ business_id: AZULEJO, full_name: 'Intruder' });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.error.code, '42501');
  });

  test('constraint violations are 409 with the SQLSTATE', async () => {
    const { c } = await signedIn('staff');
    const dup = await c.from('customers').insert({
      id: 'a4000000-0000-4000-8000-000000000001', business_id: PROTEA, full_name: 'Copy',
    });
    assert.equal(dup.status, 409);
    assert.equal(dup.error.code, '23505');

    const id = randomUUID();
    const created = await c.from('customers').insert({ id, business_id: PROTEA, full_name: 'New Client' })
      .select('id,full_name');
    assert.equal(created.error, null);
    assert.equal(created.status, 201);
    assert.deepEqual(created.data, [{ id, full_name: 'New Client' }]);
  });

  test('expired and forged tokens are 401 PGRST303 / PGRST301', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = mintJwt(server.jwt_secret, {
      sub: 'a1000000-0000-4000-8000-000000000003', role: 'authenticated', aud: 'authenticated',
      iat: now - 7200, exp: now - 3600,
    });
    const stale = client({ global: { headers: { Authorization: `Bearer ${expired}` } } });
    const read = await stale.from('businesses').select('id');
    assert.equal(read.status, 401);
    assert.equal(read.error.code, 'PGRST303');
    assert.equal(read.error.message, 'JWT expired');

    const forged = client({ global: { headers: { Authorization: `Bearer ${expired.slice(0, -4)}AAAA` } } });
    const denied = await forged.from('businesses').select('id');
    assert.equal(denied.status, 401);
    assert.equal(denied.error.code, 'PGRST301');
  });
});
