import { sql, type Kysely, type Transaction } from 'kysely';
import { dialectOf } from './dialect.js';
import { waitDurable } from './wal-sync.js';
import type { Database } from './schema.js';

/**
 * A unit of work: its queries run in one transaction, and its result is returned only once that
 * transaction is durably committed. Throwing undoes everything the unit wrote.
 */
export type Unit<T> = (trx: Transaction<Database>) => Promise<T>;

/**
 * Runs a unit of work in a transaction.
 *
 * On PostgreSQL each unit is its own transaction (the server already groups the WAL flushes of
 * concurrent commits). The embedded SQLite has one writer, and every durable commit costs an
 * fsync (0.5 to 1.3 ms measured here): fifty concurrent writers would queue behind fifty fsyncs. So units that
 * arrive together share one transaction (group commit): each runs inside its own savepoint, in
 * arrival order, so it sees the units before it exactly as if they had committed; a unit that
 * throws is rolled back to its savepoint alone; then one commit, one fsync (off the event loop,
 * `WalSync`), and only after it does any unit's caller get its result. If that commit or its
 * flush fails, every unit of the batch fails with it.
 *
 * A unit must not wait on anything but its own queries (no hashing, no network): the batch, and
 * with it every writer, waits for it.
 */
export function transact<T>(db: Kysely<Database>, unit: Unit<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') return db.transaction().execute(unit);
  let batcher = batchers.get(db);
  if (batcher === undefined) {
    batcher = new GroupCommit(db);
    batchers.set(db, batcher);
  }
  return batcher.run(unit);
}

interface Queued {
  readonly unit: Unit<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Most units one commit takes; the rest wait for the next. */
const MAX_UNITS = 200;

const batchers = new WeakMap<Kysely<Database>, GroupCommit>();

class GroupCommit {
  private queue: Queued[] = [];
  private draining: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  run<T>(unit: Unit<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        unit,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let the other requests of this turn of the event loop join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      await this.commitBatch(this.queue.splice(0, MAX_UNITS));
    }
    this.draining = null;
  }

  private async commitBatch(batch: readonly Queued[]): Promise<void> {
    const done: { readonly q: Queued; readonly value: unknown }[] = [];
    let trx;
    try {
      trx = await this.db.startTransaction().execute();
    } catch (error) {
      for (const q of batch) q.reject(error);
      return;
    }
    try {
      for (const q of batch) {
        await sql`savepoint bp_unit`.execute(trx);
        let value: unknown;
        try {
          value = await q.unit(trx);
        } catch (error) {
          // Undo this unit alone; the savepoint's rollback failing means the transaction is gone.
          await sql`rollback to savepoint bp_unit`.execute(trx);
          await sql`release savepoint bp_unit`.execute(trx);
          q.reject(error);
          continue;
        }
        await sql`release savepoint bp_unit`.execute(trx);
        done.push({ q, value });
      }
      await trx.commit().execute();
    } catch (error) {
      // The transaction itself failed (I/O, disk full, a broken savepoint): nothing is written.
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      // Units already rejected stay rejected (a promise settles once); all others fail.
      for (const q of batch) q.reject(error);
      return;
    }
    // Answer once the commit is on disk. The next batch need not wait for that: it commits while
    // this flush runs, and the flush after covers it.
    waitDurable(this.db).then(
      () => {
        for (const { q, value } of done) q.resolve(value);
      },
      (error: unknown) => {
        for (const { q } of done) q.reject(error);
      },
    );
  }
}
