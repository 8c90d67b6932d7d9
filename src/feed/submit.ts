/**
 * Sending an application (docs/elements.md): one POST per attempt, JSON, no cookies, an
 * `Idempotency-Key` that every retry of one submission reuses, 15 s at most.
 */
import type { ApplicationBody } from './application.js';

export const SUBMIT_TIMEOUT_MS = 15_000;

export type SubmitResult =
  | { kind: 'success'; reference: string; status: 'confirmed' | 'waitlisted' }
  | { kind: 'duplicate' }
  | { kind: 'full' }
  | { kind: 'not-accepting'; status: number }
  | { kind: 'invalid'; errors: Array<{ field: string; message: string }> }
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'failed'; reason: 'network' | 'timeout' | 'status'; status?: number };

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export interface SendOptions {
  endpoint: string;
  body: ApplicationBody;
  idempotencyKey: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export async function sendApplication(options: SendOptions): Promise<SubmitResult> {
  const { endpoint, body, idempotencyKey, fetchImpl = fetch, timeoutMs = SUBMIT_TIMEOUT_MS } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
  } catch {
    return { kind: 'failed', reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
  const json = (await response.json().catch(() => undefined)) as
    | { reference?: unknown; status?: unknown; code?: unknown; error?: unknown; errors?: Array<{ field?: unknown; message?: unknown }> }
    | undefined;
  if (response.status === 200 || response.status === 201) {
    return typeof json?.reference === 'string' && json.reference !== ''
      ? { kind: 'success', reference: json.reference, status: json.status === 'waitlisted' ? 'waitlisted' : 'confirmed' }
      : { kind: 'failed', reason: 'status', status: response.status };
  }
  if (response.status === 409) {
    // `code` is the protocol's field; `error` is what earlier receivers answered.
    const code = json?.code ?? json?.error;
    return code === 'full' ? { kind: 'full' } : { kind: 'duplicate' };
  }
  // No receiver at that address (a static host), or one that takes no POST: the form is not open.
  if (response.status === 404 || response.status === 405 || response.status === 501) return { kind: 'not-accepting', status: response.status };
  if (response.status === 422 && Array.isArray(json?.errors)) {
    return {
      kind: 'invalid',
      errors: json.errors.map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') })),
    };
  }
  if (response.status === 429) return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')) };
  return { kind: 'failed', reason: 'status', status: response.status };
}
