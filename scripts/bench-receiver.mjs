// npm run bench:receiver — the reference receiver's throughput and latency (not part of the test command).
//
// New applications (each a new person, Idempotency-Key and body) sent with 50 requests
// in flight over keep-alive connections, to one receiver process and to two on one
// database, on SQLite and (with BENCH_PG_URL or TEST_PG_URL, a database the script may
// create databases from) on PostgreSQL. Session 4 has a capacity (counted on every
// application). Needs `npm run build` (runs dist/cli.js).
//   BENCH_REQUESTS (default 3000), BENCH_CONCURRENCY (50), BENCH_PORT (first of two ports, 8145)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 8145);
const PG_URL = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL;
const NOW = '2025-12-10T10:00:00+09:00';
if (!existsSync('dist/cli.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'seminar-bench-'));
const feed = JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8'));
Object.assign(feed.sessions[3].application, { capacity: 1_000_000, waitlist: true });
const feedFile = join(dir, 'feed.json');
writeFileSync(feedFile, JSON.stringify(feed));

function serve(db, port) {
  const child = spawn(process.execPath, ['dist/cli.js', 'serve', '--feed', feedFile, '--db', db, '--port', String(port), '--now', NOW, '--rate-limit', '1000000'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('receiver on')) resolve(child);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}: ${out}`)));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(port, i) {
  const body = JSON.stringify({
    version: 1,
    seriesId: feed.series.id,
    sessionId: 'session-4',
    locale: 'en',
    applicant: { name: 'Bench Person', organization: 'Bench Org', email: `bench${i}-${randomUUID().slice(0, 8)}@example.org` },
    consent: true,
    submittedAt: NOW,
  });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/applications', method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 201 ? resolve(performance.now() - started) : reject(new Error(`answer ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(label, db, processes) {
  const ports = Array.from({ length: processes }, (_, i) => PORT + i);
  const children = [];
  for (const port of ports) children.push(await serve(db, port));
  try {
    for (let i = 0; i < 100; i++) await post(ports[i % processes], -i - 1); // warm up
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          const i = next++;
          latencies.push(await post(ports[i % processes], i));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(
      `${label.padEnd(24)} ${String(Math.round(REQUESTS / seconds)).padStart(5)} applications/s   p50 ${p(0.5).padStart(6)} ms   p99 ${p(0.99).padStart(6)} ms`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', resolve)))));
  }
}

async function pgDatabase() {
  const name = `sw_bench_${Date.now().toString(36)}`;
  const client = new pg.Client(PG_URL);
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { url: url.href, drop: async () => {
    const c = new pg.Client(PG_URL);
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  } };
}

console.log(`${REQUESTS} new applications, ${CONCURRENCY} in flight, on ${process.platform} with Node ${process.version}`);
await run('SQLite, 1 process', join(dir, 'one.db'), 1);
await run('SQLite, 2 processes', join(dir, 'two.db'), 2);
if (PG_URL) {
  for (const processes of [1, 2]) {
    const db = await pgDatabase();
    try {
      await run(`PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`, db.url, processes);
    } finally {
      await db.drop();
    }
  }
} else {
  console.log('PostgreSQL: skipped (set BENCH_PG_URL or TEST_PG_URL)');
}
agent.destroy();
