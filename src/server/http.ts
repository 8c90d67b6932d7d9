/**
 * The receiver's HTTP layer, below the application protocol: reading the request
 * target without trusting it, the security headers every answer carries, the files it
 * serves, answers that close a connection whose body was not read, and the limits on
 * connections. docs/receiver.md says what each limit is.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Open connections one client address may hold; more are closed at once. */
export const DEFAULT_CONNECTIONS_PER_CLIENT = 64;
/** A client has this long to send a request's headers, and its whole request. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The demo page's policy: its own scripts, styles and feed, images from https (speaker
 * photos, video posters), and only the two video players the recording element embeds.
 */
export const DEMO_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Everything else (JSON, scripts, files) is never a document: it may load nothing and be framed nowhere. */
const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Headers on every answer; the demo page replaces the CSP with its own. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', DEFAULT_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

/**
 * A JSON answer. When the request still has a body the receiver did not read (an early
 * refusal: 400, 403, 405, 413, 415), the answer says `Connection: close` and the
 * connection is closed after it, instead of reading and discarding the rest.
 */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  const unread = res.req !== undefined && !res.req.complete && hasBody(res.req);
  if (unread && res.req.socket) lingerClose(res.req.socket);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(unread ? { Connection: 'close' } : {}),
    ...headers,
  });
  res.end(text);
}

/** How long a connection refused early stays half-open, unread, so the client can read the answer. */
export const LINGER_MS = 1000;

/**
 * Node ends a `Connection: close` answer with `socket.destroySoon()`, which resets the
 * connection when unread bytes are waiting, and the client may then lose the answer.
 * Instead: send FIN after the answer, stop reading (the client's writes stall once the
 * buffers fill), and close after `LINGER_MS` or when the client does.
 */
function lingerClose(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    socket.pause();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('close', () => clearTimeout(timer));
  };
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * The path and query of a request target. Only the origin form (`/path?query`) is taken;
 * anything else (`*`, `http://host/`, an empty target) is `undefined`, a 400. The path is
 * left as sent (`///`, `//%zz` are paths like any other); nothing here can throw.
 */
export function requestTarget(target: string | undefined): { path: string; query: URLSearchParams } | undefined {
  if (!target || target[0] !== '/') return undefined;
  const end = target.indexOf('?');
  if (end === -1) return { path: target, query: new URLSearchParams() };
  return { path: target.slice(0, end), query: new URLSearchParams(target.slice(end + 1)) };
}

/** A percent-encoded path segment decoded, or `undefined` when its encoding is broken (`%E0%A4%A`). */
export function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What of the package's `dist/` a browser may fetch: the script-tag bundle and its chunks,
 * the feed's JSON Schema, the bundled feeds and the licences. Not the CLI (`cli.js`), the
 * per-element modules, the type files or the build's manifest.
 */
export const DIST_FILES = /^(?:seminar-widgets\.js|chunks\/[\w-]+\.js|feed\.schema\.json|feeds\/[\w-]+\.json|THIRD-PARTY-LICENSES\.txt)(?:\.map)?$/;
/** The demo page's own files. */
export const DEMO_FILES = /^(?:demo\.js|demo\.css|favicon\.svg|strings\.json)$/;

/**
 * Answers with a file of `root` named by the encoded `path` (after `/dist/` or `/demo/`),
 * if `allowed` names it: 400 for a broken percent-encoding, 404 for anything else.
 */
export async function serveFile(res: ServerResponse, root: string | undefined, path: string, allowed: RegExp): Promise<void> {
  const name = decodePath(path);
  if (name === undefined) return send(res, 400, { error: 'bad-request' });
  if (!root || !allowed.test(name)) return send(res, 404, { error: 'not-found' });
  const base = resolve(root);
  const file = resolve(join(base, name));
  if (!file.startsWith(base + sep)) return send(res, 404, { error: 'not-found' });
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return send(res, 404, { error: 'not-found' });
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  res.end(data);
}

/**
 * Caps the connections each client address holds open (idle keep-alive sockets
 * included) and how long a client may take to send a request; a connection past the
 * cap is closed before it is read. Behind a reverse proxy the proxy is one client.
 */
export function limitConnections(server: Server, perClient: number): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > perClient) return void socket.destroy();
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
