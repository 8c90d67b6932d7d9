// A web-test-runner plugin for the end-to-end application test: it runs the real
// receiver (seminar-widgets serve) and, in front of it, a proxy that can fail the
// next requests the way networks do (a dropped connection, a 503) before letting
// the retry through. Tests drive it with the commands below.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RECEIVER_NOW = '2025-12-10T10:00:00+09:00';

export function receiverPlugin() {
  let child;
  let proxy;
  let target;
  let proxyUrl;
  let db;
  let failures = [];
  let attempts = [];

  /** Passes a request to the receiver; with `cutAnswer`, the connection dies halfway through the answer. */
  function forward(req, res, body, cutAnswer = false) {
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      if (!cutAnswer) return answer.pipe(res);
      answer.once('data', (chunk) => {
        res.write(chunk.subarray(0, 3));
        res.socket.destroy();
      });
    });
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  }

  return {
    name: 'seminar-receiver',
    async serverStart({ config }) {
      db = join(mkdtempSync(join(tmpdir(), 'seminar-e2e-')), 'applications.db');
      child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--feed', 'feeds/tokyo-2025.json', '--db', db, '--port', '0', '--now', RECEIVER_NOW,
          '--allow-origin', `http://localhost:${config.port}`, '--allow-origin', `http://127.0.0.1:${config.port}`],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      target = await new Promise((resolve) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /on (http:\/\/[\d.]+:\d+)\//.exec(out);
          if (m) resolve(m[1]);
        });
      });
      proxy = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          if (req.method === 'POST') {
            attempts.push(req.headers['idempotency-key']);
            const failure = failures.shift();
            // The receiver stores the application, but its answer never arrives whole.
            if (failure === 'drop') return forward(req, res, Buffer.concat(chunks), true);
            if (failure === '503') {
              res.writeHead(503, { 'Access-Control-Allow-Origin': req.headers.origin ?? '*' });
              return res.end();
            }
          }
          forward(req, res, Buffer.concat(chunks));
        });
      });
      await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      proxyUrl = `http://127.0.0.1:${proxy.address().port}`;
    },
    async serverStop() {
      child?.kill('SIGTERM');
      await new Promise((resolve) => proxy?.close(resolve));
    },
    async executeCommand({ command, payload }) {
      if (command === 'receiver-setup') {
        failures = [...(payload?.failures ?? [])];
        attempts = [];
        return { url: proxyUrl, now: RECEIVER_NOW };
      }
      if (command === 'receiver-state') {
        const csv = execFileSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'export', '--db', db], { encoding: 'utf8' });
        const rows = csv.trim().split('\r\n').slice(1);
        return { rows, attempts };
      }
      return undefined;
    },
  };
}
