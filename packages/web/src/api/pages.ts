import { api } from './client';

/** A page of a list as the API answers it: keyset paging, the cursor opaque. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** The API's largest page. */
export const PAGE_MAX = 200;

/** `path` with the query fields set (the ones already there are kept). */
export function withQuery(path: string, fields: Record<string, string | number | undefined>) {
  const [pathname = '', search = ''] = path.split('?', 2);
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return `${pathname}?${params.toString()}`;
}

/** One page of a list; `cursor` from the page before (none for the first). */
export function getPage<T>(path: string, limit: number, cursor?: string | null): Promise<Page<T>> {
  return api.get<Page<T>>(withQuery(path, { limit, cursor: cursor ?? undefined }));
}

/** The first `count` items of a list, newest first where the list is, in pages of at most 200. */
export async function getFirstItems<T>(path: string, count: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await getPage<T>(path, Math.min(PAGE_MAX, count - items.length), cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && items.length < count);
  return items;
}

/**
 * Every item of a list, following `nextCursor` page by page, for screens that need the whole of
 * it (charts, the alerts that order the patient list). `maxPages` stops a runaway list: what is
 * beyond it is not shown rather than freezing the screen.
 */
export async function getAllPages<T>(path: string, maxPages = 50): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < maxPages; n++) {
    const page: Page<T> = await getPage<T>(path, PAGE_MAX, cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (cursor === null) break;
  }
  return items;
}
