import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAllPages, withQuery } from './pages';

describe('paged lists', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('adds the paging fields to a path, keeping its own query', () => {
    expect(withQuery('/api/alerts', { limit: 200 })).toBe('/api/alerts?limit=200');
    expect(withQuery('/api/m?kind=odi', { limit: 5, cursor: 'a+b' })).toBe(
      '/api/m?kind=odi&limit=5&cursor=a%2Bb',
    );
    expect(withQuery('/api/m', { limit: 5, cursor: undefined })).toBe('/api/m?limit=5');
  });

  it('follows nextCursor to the end of the list, and stops at maxPages', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (path: string) => {
      asked.push(path);
      const cursor = new URL(path, 'http://x').searchParams.get('cursor');
      const n = cursor === null ? 0 : Number(cursor);
      const body = { items: [n], nextCursor: n < 2 ? String(n + 1) : null };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    });
    expect(await getAllPages<number>('/api/x')).toEqual([0, 1, 2]);
    expect(asked).toEqual([
      '/api/x?limit=200',
      '/api/x?limit=200&cursor=1',
      '/api/x?limit=200&cursor=2',
    ]);
    expect(await getAllPages<number>('/api/x', 2)).toEqual([0, 1]);
  });
});
