import { createHash } from 'node:crypto';
import { sql, type Expression, type SqlBool } from 'kysely';
import { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Keyset paging for every list the API answers: a page is `{ items, nextCursor }`, the cursor an
 * opaque token holding the sort key of the last item sent, so the next page starts right after it
 * however many rows were added or removed meanwhile (no offset, no duplicates, no gaps).
 */

export const PAGE_LIMIT_MAX = 200;
export const PAGE_LIMIT_DEFAULT = 50;

/**
 * The query fields of a paged list: `cursor` (from the previous page) and `limit` (1-200). Lists
 * that took no query before read them with `z.object` (unknown fields ignored, as they were), so
 * a request without a session is still a 401, not a 400.
 */
export const pageQueryFields = {
  cursor: z.string().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
};

/** The answer of a paged list. */
export const pageView = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** One column of a list's order; the last one must make the order total (an id). */
export interface SortColumn {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

export type SortKey = readonly (string | number)[];

const badCursor = () =>
  new AppError('validation-failed', 'querystring.cursor: This cursor is not valid for this list.', [
    { path: 'querystring.cursor', message: 'Not a cursor this list gave; start again without it.' },
  ]);

/** A short tag of a list's order, so a cursor of one list is refused by another. */
function orderTag(order: readonly SortColumn[]): string {
  const text = order.map((c) => `${c.column} ${c.direction}`).join(',');
  return createHash('sha256').update(text).digest('base64url').slice(0, 8);
}

export function encodeCursor(order: readonly SortColumn[], key: SortKey): string {
  return Buffer.from(JSON.stringify([orderTag(order), ...key]), 'utf8').toString('base64url');
}

/** The sort key in a cursor, checked against the list's order; a 400 naming `cursor` if bad. */
export function decodeCursor(cursor: string, order: readonly SortColumn[]): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== order.length + 1) throw badCursor();
  const [tag, ...key] = parsed as unknown[];
  const valid = (v: unknown) =>
    (typeof v === 'string' && v.length <= 200) ||
    (typeof v === 'number' && Number.isSafeInteger(v));
  if (tag !== orderTag(order) || !key.every(valid)) throw badCursor();
  return key as SortKey;
}

/**
 * The rows strictly after `key` in `order`: `(a > x) or (a = x and b > y) or ...`, each column
 * compared in its own direction. Column names come from the code, never from the request.
 */
export function afterKey(order: readonly SortColumn[], key: SortKey): Expression<SqlBool> {
  const terms = order.map((col, i) => {
    const equal = order.slice(0, i).map((c, j) => sql`${sql.ref(c.column)} = ${key[j]}`);
    const beyond =
      col.direction === 'asc'
        ? sql`${sql.ref(col.column)} > ${key[i]}`
        : sql`${sql.ref(col.column)} < ${key[i]}`;
    return sql`(${sql.join([...equal, beyond], sql` and `)})`;
  });
  return sql<SqlBool>`(${sql.join(terms, sql` or `)})`;
}

/**
 * A query builder that can be filtered and ordered: Kysely's select builders. The column names
 * are qualified (`alert.on_date`) where a join makes them ambiguous.
 */
interface Orderable<Q> {
  where(expression: Expression<SqlBool>): Q;
  orderBy(ref: never, direction: 'asc' | 'desc'): Q;
  limit(n: number): Q;
}

/** The query limited to one page (one extra row tells whether another page follows). */
export function pageQuery<Q extends Orderable<Q>>(
  query: Q,
  order: readonly SortColumn[],
  page: { cursor?: string | undefined; limit: number },
): Q {
  let q = query;
  if (page.cursor !== undefined) q = q.where(afterKey(order, decodeCursor(page.cursor, order)));
  for (const col of order) q = q.orderBy(sql.ref(col.column) as never, col.direction);
  return q.limit(page.limit + 1);
}

/** The page of rows fetched with `pageQuery`, mapped, with the cursor of the next page. */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  order: readonly SortColumn[],
  keyOf: (row: R) => SortKey,
  present: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const more = rows.length > limit && last !== undefined;
  return { items: items.map(present), nextCursor: more ? encodeCursor(order, keyOf(last)) : null };
}
