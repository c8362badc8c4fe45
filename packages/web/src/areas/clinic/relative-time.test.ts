import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2026-11-20T11:59:40Z', null],
    ['2026-11-20T11:55:00Z', '5 minutes ago'],
    ['2026-11-20T09:30:00Z', '2 hours ago'],
    ['2026-11-19T10:00:00Z', 'yesterday'],
    ['2026-11-16T12:00:00Z', '4 days ago'],
  ])('%s -> %s', (iso, words) => {
    expect(relativeTime(iso, NOW, 'en')).toBe(words);
  });
});
