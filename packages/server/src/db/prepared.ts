import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * A query of the hot path, built and compiled once per database instead of on every request.
 *
 * Kysely builds an immutable tree for every query and compiles it to SQL each time it runs: on the
 * patient's "today" that was a fifth of the request's time. A prepared query is built once with a
 * placeholder for each argument, compiled once per database (the SQL differs between SQLite and
 * PostgreSQL), and afterwards runs with only the parameters swapped in. The SQL is still Kysely's,
 * typed against the schema; only the building is skipped.
 *
 * Arguments must be bound values (`where x = arg`, `in (a, b)`, `limit n`), never identifiers or
 * fragments of SQL: a placeholder that does not appear as a parameter of the compiled query is an
 * error at first use, so a misuse cannot silently run with the placeholder's text.
 */
export interface PreparedQuery<A, R> {
  /** Runs the query with these arguments and returns its rows. */
  (db: Kysely<Database>, args: A): Promise<R[]>;
}

/** A bound value no real request can send: the text guard rejects NUL in every input. */
const MARK = '\u0000bp-arg:';

interface Compiled {
  readonly query: CompiledQuery;
  /** For each parameter: the argument's name, or `undefined` for a constant of the query. */
  readonly slots: readonly (string | undefined)[];
}

export function preparedQuery<A extends Record<string, unknown>, R>(
  build: (db: Kysely<Database>, args: A) => Compilable<R>,
): PreparedQuery<A, R> {
  // Keyed by the database's adapter: a transaction shares it with its database, so a query
  // compiled outside a transaction serves inside one too.
  const byDb = new WeakMap<object, Compiled>();

  const compile = (db: Kysely<Database>, names: readonly string[]): Compiled => {
    const marks = new Proxy({} as A, {
      get: (_, key) => (typeof key === 'string' ? `${MARK}${key}` : undefined),
    });
    const query = build(db, marks).compile();
    const slots = query.parameters.map((p) =>
      typeof p === 'string' && p.startsWith(MARK) ? p.slice(MARK.length) : undefined,
    );
    for (const name of names) {
      if (!slots.includes(name)) {
        throw new Error(
          `prepared query: argument "${name}" is not a bound parameter of: ${query.sql}`,
        );
      }
    }
    return { query, slots };
  };

  return async (db, args) => {
    const key = db.getExecutor().adapter;
    let compiled = byDb.get(key);
    if (compiled === undefined) {
      compiled = compile(db, Object.keys(args));
      byDb.set(key, compiled);
    }
    const { query, slots } = compiled;
    const parameters = query.parameters.map((p, i) => {
      const slot = slots[i];
      return slot === undefined ? p : args[slot];
    });
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
