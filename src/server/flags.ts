/**
 * Checking the CLI's flag values: every number within its range and every origin an
 * origin, or a usage error that says which flag and what was given. A value is never
 * silently replaced, so `--rate-limit 0` cannot turn the limit off.
 */

/** `--name value` pairs (repeatable) and plain words. */
export function parseArgs(argv: readonly string[]): { words: string[]; flags: Map<string, string[]> } {
  const words: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { words, flags };
}

/** A mistake in the command line: the message, then the usage, exit 2. */
export class UsageError extends Error {}

/**
 * A whole number flag (its last value) in `[min, max]`: absent gives `fallback`, and is
 * an error without one. A flag given without a value arrives as `'true'` (`parseArgs`).
 */
export function integerFlag(flags: ReadonlyMap<string, readonly string[]>, name: string, min: number, max: number, fallback?: number): number {
  const value = flags.get(name)?.at(-1);
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not ${value === 'true' ? 'nothing' : JSON.stringify(value)}`);
  }
  return Number(value);
}

/** The origins of a repeated or comma-separated flag, each `scheme://host[:port]` and nothing more. */
export function originFlag(flags: ReadonlyMap<string, readonly string[]>, name: string): string[] {
  return (flags.get(name) ?? []).flatMap((v) => v.split(',')).map((value) => {
    const text = value.trim().replace(/\/$/, '');
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      // said below
    }
    const plain = url && /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !plain || text.endsWith('?') || text.endsWith('#')) {
      throw new UsageError(`--${name} must be an origin like https://apply.example.org (scheme, host and port only), not ${JSON.stringify(value)}`);
    }
    return url.origin;
  });
}
