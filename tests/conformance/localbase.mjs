// Starts chairside-localbase for one test file and stops it (and its PostgreSQL) afterwards.
// The runner (scripts/localbase-conformance.sh) provides LOCALBASE_BIN, LOCALBASE_TLS_DIR and
// NODE_EXTRA_CA_CERTS=<tls dir>/ca.pem, so TLS is verified with the test CA.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startLocalbase(extraArgs = []) {
  const bin = process.env.LOCALBASE_BIN;
  const tlsDir = process.env.LOCALBASE_TLS_DIR;
  if (!bin || !tlsDir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error('run through scripts/localbase-conformance.sh (LOCALBASE_BIN, LOCALBASE_TLS_DIR, NODE_EXTRA_CA_CERTS)');
  }
  const root = mkdtempSync(join(tmpdir(), 'localbase-conformance-'));
  chmodSync(root, 0o711); // as root, PostgreSQL runs as user postgres and must enter it
  const stateDir = join(root, 'state');
  const child = spawn(bin, ['--state-dir', stateDir, '--port', '0', '--tls-dir', tlsDir,
                            '--refresh-reuse-interval', '0', ...extraArgs],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const info = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`localbase not ready after 240 s: ${stderr}`)), 240000);
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => { clearTimeout(timer); resolve(JSON.parse(line)); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`localbase exited (${code}): ${stderr}`)); });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 90000);
      await exited;
      clearTimeout(timer);
    }
    // Never leave a PostgreSQL server behind, even after a crash.
    spawnSync('bash', [join(projectDir, 'scripts', 'pg-cluster.sh'), 'stop', join(stateDir, 'pg')]);
    rmSync(root, { recursive: true, force: true });
  };
  return { ...info, stop };
}

const b64url = (data) => Buffer.from(data).toString('base64url');

// Mints an HS256 JWT with the server's secret (to forge expired or service-role tokens).
export function mintJwt(secret, claims) {
  const input = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export function userFor(info, role, businessPrefix) {
  return info.users.find((u) => u.role === role && u.business_id.startsWith(businessPrefix));
}
