/** The store a `--db` value names: a `postgres://` URL, or else a SQLite file path. */
import { ApplicationStore } from './store.js';
import type { Store } from './store-types.js';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** PostgreSQL could not be reached or used: said in one line, without a stack. */
export class StoreOpenError extends Error {}

export async function openStore(db: string): Promise<Store> {
  if (!isPostgresUrl(db)) return new ApplicationStore(db);
  let PgStore;
  try {
    ({ PgStore } = await import('./store-pg.js'));
  } catch {
    throw new StoreOpenError(
      'The receiver stores applications in PostgreSQL with pg, which is not installed.\nInstall it next to seminar-widgets:   npm install pg@8',
    );
  }
  try {
    return await PgStore.open(db);
  } catch (error) {
    const where = new URL(db);
    throw new StoreOpenError(`Cannot use PostgreSQL at ${where.host}${where.pathname}: ${(error as Error).message}`);
  }
}
