/**
 * The feed editor's server (`seminar-widgets edit FEED.json`): the editor page and its
 * script (built into dist/editor/), the feed file as loaded, and saving it back.
 *
 * It is meant for one person on their own computer: it listens on loopback only (the
 * CLI binds 127.0.0.1), answers only requests that carry this run's random token and
 * name a loopback host (no other site, and no DNS-rebound name, can reach it), serves
 * everything under a strict Content-Security-Policy, and saves only a feed that
 * validates — keeping a timestamped backup, writing atomically, and refusing when the
 * file changed on disk since the editor loaded it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { LIMITS } from '../feed/schema.js';
import { PRIVACY_MISSING, validateFeed, type Issue } from '../feed/validate.js';

export interface EditorOptions {
  /** The feed file being edited. */
  file: string;
  /** The built editor (dist/editor/). */
  editorDir: string;
  /** This run's secret; a new random one when not given. */
  token?: string;
  /** The clock for backup names; tests fix it. */
  now?: () => Date;
}

/** The cookie that carries the token after the first visit of the printed URL. */
export const TOKEN_COOKIE = 'seminar_editor';
/** The header the editor's script sends the token in with every API request. */
export const TOKEN_HEADER = 'x-editor-token';

/**
 * Scripts and styles only from this server (Lit's styles are constructed style sheets,
 * which CSP allows); pictures from anywhere https, as speakers' photos may live
 * elsewhere; recordings' players from YouTube's and Vimeo's own hosts; nothing may
 * frame the editor, and no form of it posts anywhere.
 */
export const EDITOR_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "media-src 'self' https:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A version of the file's bytes: the editor sends it back with a save. */
export function versionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Problems that stop a save (all but the privacy-notice warning), and the warnings. */
export function splitIssues(issues: readonly Issue[]): { errors: Issue[]; warnings: Issue[] } {
  const warnings = issues.filter((i) => i.message === PRIVACY_MISSING);
  return { errors: issues.filter((i) => i.message !== PRIVACY_MISSING), warnings };
}

/** `FEED.json.20251210-093015.bak`: the time of the save, on this computer's clock. */
export function backupName(file: string, at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  let name = `${file}.${stamp}.bak`;
  for (let n = 2; existsSync(name); n++) name = `${file}.${stamp}-${n}.bak`;
  return name;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The page: the editor's element, its script, the token for its requests; nothing inline runs. */
function page(token: string, file: string, lang: 'en' | 'ja'): string {
  const title = lang === 'ja' ? 'フィード編集' : 'Feed editor';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="seminar-editor-token" content="${escapeHtml(token)}">
<title>${title}: ${escapeHtml(basename(file))}</title>
<script type="module" src="/editor/editor.js"></script>
</head>
<body>
<seminar-editor-app file="${escapeHtml(basename(file))}" path="${escapeHtml(resolve(file))}"></seminar-editor-app>
<noscript>${lang === 'ja' ? 'この編集画面には JavaScript が必要です。' : 'The editor needs JavaScript.'}</noscript>
</body>
</html>
`;
}

export function createEditor(options: EditorOptions) {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // A link to the feed is followed: the rename replaces the file it points to, not the link.
  const file = realpathSync(resolve(options.file));
  const now = options.now ?? (() => new Date());

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  function draft(res: ServerResponse): void {
    const bytes = readFileSync(file);
    send(res, 200, { file: basename(file), path: file, text: bytes.toString('utf8'), version: versionOf(bytes) });
  }

  async function save(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req, LIMITS.bodyBytes + 64 * 1024);
    if (text === undefined) return send(res, 413, { error: 'too-large', message: `The feed is larger than ${LIMITS.bodyBytes / 1024 / 1024} MB.` });
    let body: { feed?: unknown; version?: unknown; saveWithWarnings?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return send(res, 400, { error: 'invalid-json' });
    }
    if (typeof body.version !== 'string' || body.feed === undefined) return send(res, 400, { error: 'feed-and-version-required' });
    // No await from here on: the check and the write cannot interleave with another save.
    const onDisk = readFileSync(file);
    const version = versionOf(onDisk);
    if (version !== body.version) {
      return send(res, 409, {
        error: 'changed-on-disk',
        message: `${basename(file)} was changed on disk after the editor loaded it (by another editor, or by hand). Nothing was saved.`,
      });
    }
    const result = validateFeed(body.feed);
    const { errors, warnings } = result.ok ? splitIssues(result.issues) : { errors: result.issues, warnings: [] };
    if (errors.length > 0) return send(res, 422, { error: 'invalid', issues: errors });
    if (warnings.length > 0 && body.saveWithWarnings !== true) return send(res, 422, { error: 'warnings', issues: warnings });
    const out = `${JSON.stringify(body.feed, null, 2)}\n`;
    const backup = backupName(file, now());
    copyFileSync(file, backup);
    const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      writeFileSync(temporary, out, { flag: 'wx', mode: statSync(file).mode & 0o777 });
      renameSync(temporary, file);
    } catch (error) {
      if (existsSync(temporary)) unlinkSync(temporary);
      throw error;
    }
    send(res, 200, { version: versionOf(out), backup: basename(backup), warnings });
  }

  async function serveEditorFile(res: ServerResponse, path: string): Promise<void> {
    const base = resolve(options.editorDir);
    const target = resolve(join(base, path));
    if (!target.startsWith(base + sep)) return send(res, 404, { error: 'not-found' });
    try {
      const data = await readFile(target);
      res.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      send(res, 404, {
        error: 'not-found',
        message: path === 'editor.js' ? 'The editor is not built: run `npm run build` in the package.' : undefined,
      });
    }
  }

  const handle = async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('Content-Security-Policy', EDITOR_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    const url = new URL(req.url ?? '/', 'http://editor.invalid');
    try {
      // A loopback name only: a page on another site that rebinds its own name to
      // 127.0.0.1 still sends its own name here.
      if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(req.headers.host ?? '')) {
        return send(res, 403, { error: 'host-not-allowed' });
      }
      const api = url.pathname.startsWith('/api/');
      const given = api ? String(req.headers[TOKEN_HEADER] ?? '') : (url.searchParams.get('token') ?? cookie(req, TOKEN_COOKIE));
      if (!sameSecret(given, token)) {
        return send(res, 403, {
          error: 'token-required',
          message: 'Open the editor with the address the edit command printed (it ends with ?token=…).',
        });
      }
      if (url.pathname === '/api/draft' && req.method === 'GET') return draft(res);
      if (url.pathname === '/api/save') {
        if (req.method !== 'POST') return send(res, 405, { error: 'method-not-allowed' }, { Allow: 'POST' });
        const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/json') return send(res, 415, { error: 'unsupported-media-type' });
        return await save(req, res);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method-not-allowed' });
      if (url.pathname.startsWith('/editor/')) return await serveEditorFile(res, decodeURIComponent(url.pathname.slice(8)));
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const lang = url.searchParams.get('lang') === 'ja' || (!url.searchParams.has('lang') && /^ja\b/i.test(req.headers['accept-language'] ?? '')) ? 'ja' : 'en';
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          // The token travels on as a cookie for the script and its chunks; never to another site.
          'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          'X-Frame-Options': 'DENY',
        });
        return void res.end(page(token, file, lang));
      }
      send(res, 404, { error: 'not-found' });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, { error: 'internal', message: (error as Error).message });
      else res.destroy();
    }
  };
  return { handle, token };
}
