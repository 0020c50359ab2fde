// `make bench`: the first sync done the way a small script would do it with the official
// @supabase/supabase-js client, the comparison for `chairside sync --once` (issue 10). It signs
// in as the given user, pulls every page of sync_pull_page (the RPC and page size SyncEngine
// uses, GET with the cursor as JSON text) and writes each page's rows into SQLite (sql.js, the
// WebAssembly build: native add-ons do not build here) in one transaction per page together with
// the cursor, upserting by id and keeping the higher version, as docs/backend.md §3 asks of any
// client. Like SyncEngine, it asks for the next page before writing the current one. At the end
// it writes the database file and prints one JSON line:
//   {"rows","tables":{table: rows},"pages","seconds","sign_in_seconds","wait_seconds",
//    "write_seconds","rows_per_s","peak_rss_mb"}
// `seconds` runs from before the sign-in to the file written (the process start is measured by
// chairside-bench measure around it).
//
//   NODE_EXTRA_CA_CERTS=ca.pem node supabase-js-sync.mjs --url URL --anon-key KEY \
//     --email E --password-stdin --out DB [--page-size 1000]
import { createClient } from '@supabase/supabase-js';
import initSqlJs from 'sql.js';
import WebSocket from 'ws';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

function fail(message) {
  process.stderr.write(`supabase-js-sync: ${message}\n`);
  process.exit(1);
}

const url = option('--url');
const anonKey = option('--anon-key');
const email = option('--email');
const out = option('--out');
const pageSize = Number(option('--page-size', '1000'));
if (!url || !anonKey || !email || !out || !process.argv.includes('--password-stdin')
    || !(pageSize >= 1)) {
  fail('usage: supabase-js-sync.mjs --url URL --anon-key KEY --email E --password-stdin '
       + '--out DB [--page-size 1000]');
}
const password = readFileSync(0, 'utf8').split('\n')[0];

const started = performance.now();
const SQL = await initSqlJs();
const db = new SQL.Database();
db.run('CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)');

const supabase = createClient(url, anonKey, {
  auth: { persistSession: false, autoRefreshToken: false },
  realtime: { transport: WebSocket }, // Node 20 has no global WebSocket; the sync never opens one
});
const signingIn = performance.now();
const signIn = await supabase.auth.signInWithPassword({ email, password });
if (signIn.error) fail(`sign-in failed: ${signIn.error.message}`);
const signedIn = performance.now();

async function pull(cursor) {
  const { data, error } = await supabase.rpc(
    'sync_pull_page',
    { cursor: cursor ? JSON.stringify(cursor) : undefined, page_size: pageSize },
    { get: true });
  if (error) throw new Error(`sync_pull_page: ${error.message}`);
  return data;
}

// A table per synced table, its columns those of the row images; a column that first shows up
// in a later page is added then.
const tables = new Map(); // name -> { columns: Set, statements: Map(key -> statement) }
const quote = (name) => `"${name.replaceAll('"', '""')}"`;

function tableFor(name, row) {
  let table = tables.get(name);
  if (!table) {
    const columns = Object.keys(row).filter((c) => c !== 'id');
    db.run(`CREATE TABLE ${quote(name)} (id TEXT PRIMARY KEY${
      columns.map((c) => `, ${quote(c)}`).join('')})`);
    table = { columns: new Set(['id', ...columns]), statements: new Map() };
    tables.set(name, table);
  }
  for (const column of Object.keys(row)) {
    if (!table.columns.has(column)) {
      db.run(`ALTER TABLE ${quote(name)} ADD COLUMN ${quote(column)}`);
      table.columns.add(column);
    }
  }
  return table;
}

// One prepared upsert per table and column list: a row that comes again replaces the stored
// one unless the stored one is newer.
function upsertFor(name, table, columns) {
  const key = columns.join(',');
  let statement = table.statements.get(key);
  if (!statement) {
    const updates = columns.filter((c) => c !== 'id')
      .map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ');
    const newer = columns.includes('version')
      ? ` WHERE excluded."version" >= ${quote(name)}."version"` : '';
    statement = db.prepare(
      `INSERT INTO ${quote(name)} (${columns.map(quote).join(', ')}) VALUES (${
        columns.map(() => '?').join(', ')}) ON CONFLICT (id) DO ${
        updates ? `UPDATE SET ${updates}${newer}` : 'NOTHING'}`);
    table.statements.set(key, statement);
  }
  return statement;
}

function sqlValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

function writePage(page) {
  db.run('BEGIN');
  try {
    for (const [name, rows] of Object.entries(page.rows ?? {})) {
      for (const row of rows) {
        const table = tableFor(name, row);
        const columns = Object.keys(row);
        upsertFor(name, table, columns).run(columns.map((c) => sqlValue(row[c])));
      }
    }
    db.run("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('cursor', ?)",
           [JSON.stringify(page.cursor)]);
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}

let pages = 0;
let waitMs = 0; // for pages (the server, the network, supabase-js and JSON.parse)
let writeMs = 0; // writing them (sql.js)
try {
  let pending = pull(null);
  while (pending) {
    const asked = performance.now();
    const page = await pending;
    ++pages;
    pending = page.has_more ? pull(page.cursor) : null;
    // One turn of the event loop, so the next request is on its way while this page is written.
    if (pending) await new Promise((resolve) => setImmediate(resolve));
    const writing = performance.now();
    waitMs += writing - asked;
    writePage(page);
    writeMs += performance.now() - writing;
  }
} catch (error) {
  fail(error.message);
}

const counts = {};
let rows = 0;
for (const name of tables.keys()) {
  const result = db.exec(`SELECT count(*) FROM ${quote(name)}`);
  counts[name] = result[0].values[0][0];
  rows += counts[name];
}
for (const table of tables.values()) {
  for (const statement of table.statements.values()) statement.free();
}
writeFileSync(out, db.export());
db.close();
const seconds = (performance.now() - started) / 1000;

process.stdout.write(`${JSON.stringify({
  rows,
  tables: counts,
  pages,
  seconds,
  sign_in_seconds: (signedIn - signingIn) / 1000,
  wait_seconds: waitMs / 1000,
  write_seconds: writeMs / 1000,
  rows_per_s: seconds > 0 ? rows / seconds : 0,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
})}\n`);
