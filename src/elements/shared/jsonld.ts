/**
 * Puts schema.org JSON-LD into the host page's light DOM, where search engines read
 * it, under the Trusted Types policy `seminar-widgets` when the page enforces them.
 */
import { serializeJsonLd } from '../../feed/jsonld.js';

type ScriptPolicy = { createScript(input: string): unknown };
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
    try {
      // Only ever given our own serializeJsonLd() output, which cannot leave its script.
      policy = tt ? tt.createPolicy('seminar-widgets', { createScript: (input: string) => input }) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Keeps one `<script type="application/ld+json">` child of `host` in step with `data`
 * (removed when `data` is undefined). Returns the script element, if any.
 */
export function placeJsonLd(host: HTMLElement, data: object | undefined, script?: HTMLScriptElement): HTMLScriptElement | undefined {
  if (!data) {
    script?.remove();
    return undefined;
  }
  const text = serializeJsonLd(data);
  const element = script ?? document.createElement('script');
  element.type = 'application/ld+json';
  element.dataset.seminarJsonld = '';
  if (element.textContent !== text) {
    const trusted = scriptPolicy()?.createScript(text);
    (element as unknown as { textContent: unknown }).textContent = trusted ?? text;
  }
  if (element.parentNode !== host) host.append(element);
  return element;
}
