/**
 * The reference receiver: POST /api/applications by the protocol of docs/elements.md,
 * the feed at /feed.json, the built bundle under /dist/, a demo page at /.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { seriesTimeZone } from '../feed/instant.js';
import type { Feed } from '../feed/schema.js';
import { answerLanguage, problemAnswer } from './answers.js';
import { demoPage } from './demo-page.js';
import { DEMO_FILES, DEMO_PAGE_CSP, DIST_FILES, requestTarget, send, serveFile, setSecurityHeaders } from './http.js';
import { checkReceived } from './normalize.js';
import { clientAddress, RateLimiter } from './rate-limit.js';
import type { ApplicationStore } from './store.js';

export interface ReceiverOptions {
  feed: Feed;
  /** The feed file's text, served at /feed.json as it is. */
  feedText: string;
  store: ApplicationStore;
  /** Origins (besides the receiver's own) whose pages may post applications. */
  allowOrigins: readonly string[];
  /**
   * The receiver's own origins as browsers see them (`https://apply.example.org`, behind a
   * proxy that ends TLS). None given: `http://127.0.0.1:PORT`, `http://localhost:PORT` and
   * `http://[::1]:PORT` on the port the request came in on, for a receiver on loopback.
   */
  publicOrigins?: readonly string[];
  /** Reverse proxies of yours in front (`--trust-proxy N`): the client is taken from `X-Forwarded-For`. */
  trustProxy?: number;
  /** Folder served under /dist/ (the built bundle), if any. */
  distDir?: string;
  /** Folder served under /demo/ (the demo page's script), if any. */
  demoDir?: string;
  /** The server's clock; fixed only for demos and tests. */
  now?: () => number;
  /** New applications a client address may send per window. */
  rateLimit?: { max: number; windowMs: number };
}

/** The largest application body read, in bytes. */
export const MAX_BODY = 64 * 1024;

/**
 * The body as text, or `undefined` past `MAX_BODY` (refused unread when its
 * Content-Length says so, else as soon as it grows past it). The rest is left unread:
 * the 413 closes the connection.
 */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  if (Number(req.headers['content-length']) > MAX_BODY) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // A client gone before the end: nothing to answer, and nothing to store.
    req.once('close', () => resolve(undefined));
    req.once('error', () => resolve(undefined));
  });
}

export function createReceiver(options: ReceiverOptions) {
  const now = options.now ?? Date.now;
  const limiter = new RateLimiter(options.rateLimit?.max ?? 30, options.rateLimit?.windowMs ?? 10 * 60_000);
  const allowed = new Set(options.allowOrigins.map((o) => o.replace(/\/$/, '')));
  const publicOrigins = new Set((options.publicOrigins ?? []).map((o) => o.replace(/\/$/, '')));

  /** Whether `origin` is the receiver's own: never judged by the request's `Host`, which the client writes. */
  function own(origin: string, req: IncomingMessage): boolean {
    if (publicOrigins.size > 0) return publicOrigins.has(origin);
    const port = req.socket.localPort;
    return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(origin);
  }

  /** The origin's CORS headers, or `undefined` when that origin may not post here. */
  function cors(req: IncomingMessage): Record<string, string> | undefined {
    const origin = req.headers.origin;
    if (!origin) return {}; // not a browser's cross-origin request: curl, a server
    if (own(origin, req)) return {};
    if (!allowed.has(origin)) return undefined;
    return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' };
  }

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = cors(req);
    if (!headers) return send(res, 403, { error: 'origin-not-allowed' }, { Vary: 'Origin' });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...headers,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
    if (req.method !== 'POST') return send(res, 405, { error: 'method-not-allowed' }, { ...headers, Allow: 'POST, OPTIONS' });
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return send(res, 415, { error: 'unsupported-media-type' }, headers);
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!/^[A-Za-z0-9-]{8,100}$/.test(key)) return send(res, 400, { error: 'idempotency-key-required' }, headers);
    const text = await readBody(req);
    if (text === undefined) return send(res, 413, { error: 'too-large' }, headers);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'invalid-json' }, headers);
    }
    const language = answerLanguage(input);
    const checked = checkReceived(input, options.feed, now());
    if (!checked.ok) {
      return send(res, 422, { errors: checked.problems.map((p) => ({ field: p.field, message: problemAnswer(language, p) })) }, headers);
    }
    const keyReused = () =>
      send(res, 422, { errors: [{ field: 'Idempotency-Key', message: 'This Idempotency-Key was used for other data.' }] }, headers);
    // A retry of a submission already answered is replayed before any rate limit.
    const earlier = options.store.answerFor(key, checked.body);
    if (earlier === 'key-reused') return keyReused();
    if (earlier) return send(res, earlier.status, earlier.body, headers);
    const wait = limiter.take(clientAddress(req, options.trustProxy), now());
    if (wait > 0) return send(res, 429, { error: 'too-many-requests' }, { ...headers, 'Retry-After': String(wait) });
    const outcome = options.store.insert(key, checked.body, checked.session.number, new Date(now()));
    if (outcome.kind === 'replay') return send(res, outcome.answer.status, outcome.answer.body, headers);
    // The store decides again inside its transaction, for processes sharing one database.
    if (outcome.kind === 'key-reused') return keyReused();
    if (outcome.kind === 'duplicate') return send(res, 409, { code: 'already-registered', error: 'already-registered' }, headers);
    return send(res, 201, { reference: outcome.reference }, headers);
  }

  /** Every request, however malformed, gets an answer here and nothing it sends can end the process. */
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      setSecurityHeaders(res);
      const target = requestTarget(req.url);
      if (!target) return send(res, 400, { error: 'bad-request' });
      const { path, query } = target;
      if (path === '/api/applications') return await receive(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET, HEAD' });
      if (path === '/feed.json') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' });
        return void res.end(options.feedText);
      }
      if (path.startsWith('/dist/')) return await serveFile(res, options.distDir, path.slice(6), DIST_FILES);
      if (path.startsWith('/demo/')) return await serveFile(res, options.demoDir, path.slice(6), DEMO_FILES);
      if (path === '/' || path === '/index.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Security-Policy': DEMO_PAGE_CSP });
        const page = { timeZone: seriesTimeZone(options.feed.series), lang: query.get('lang'), previewAt: query.get('now') };
        return void res.end(demoPage(now(), page));
      }
      send(res, 404, { error: 'not-found' });
    } catch (error) {
      console.error(error);
      try {
        if (!res.headersSent) send(res, 500, { error: 'internal' });
        else res.destroy();
      } catch {
        res.destroy(); // the connection is gone: nothing to answer
      }
    }
  };
}
