/**
 * Reading a feed file for `validate` and `serve`, by the rules the elements read a
 * fetched feed with (src/feed/feed-state.ts: `feedText`, then `parsed`): the same
 * size limit, a UTF-8 byte-order mark allowed, the same validation. A file the
 * browser would refuse is refused here, and one it renders is valid here.
 */
import { readFileSync, statSync } from 'node:fs';
import { feedText, parsed, tooLarge, type FeedState } from '../feed/feed-state.js';
import { LIMITS } from '../feed/schema.js';

/** A feed read: ready, or an error with its issues. */
type ReadState = Exclude<FeedState, { state: 'loading' }>;

export type FeedFile =
  /** The file could not be read at all: `message` says why, in a sentence. */
  | { read: false; message: string }
  /** The text as the elements would see it (no BOM), and its state. */
  | { read: true; text: string; state: ReadState };

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

export function readFeedFile(file: string): FeedFile {
  let bytes: Buffer;
  try {
    // A file far too large is not read into memory first.
    if (statSync(file).size > LIMITS.bodyBytes) return { read: true, text: '', state: tooLarge(file) as ReadState };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { read: false, message: `Cannot read the feed ${file}: ${REASONS[code] ?? (error as Error).message}.` };
  }
  const text = feedText(bytes);
  const state = text === undefined ? tooLarge(file) : parsed(text);
  return { read: true, text: text ?? '', state: state as ReadState };
}
