import type { AlertLevel } from './api-types';

/** Most severe first. */
export const LEVELS: readonly AlertLevel[] = ['critical', 'high', 'warning'];

export const levelRank = (level: AlertLevel): number => LEVELS.indexOf(level);

/** The badge/banner tone of a level: colour is always paired with an icon and words. */
export function levelTone(level: AlertLevel): 'danger' | 'warn' {
  switch (level) {
    case 'critical':
    case 'high':
      return 'danger';
    case 'warning':
      return 'warn';
  }
}

/** A text symbol per level, so the levels differ in shape as well as colour. */
export function levelIcon(level: AlertLevel): string {
  switch (level) {
    case 'critical':
      return '◆';
    case 'high':
      return '▲';
    case 'warning':
      return '!';
  }
}

/** The most severe of some levels, or null when there are none. */
export function highestLevel(levels: readonly AlertLevel[]): AlertLevel | null {
  return LEVELS.find((l) => levels.includes(l)) ?? null;
}

/** At the same level, a red flag comes before pain, function and engagement. */
const TYPES = ['red-flag', 'pain', 'function', 'engagement'];
const typeRank = (type: string) => {
  const i = TYPES.indexOf(type);
  return i === -1 ? TYPES.length : i;
};

/** Alerts most severe first (red flags first within a level), then the most recent first. */
export function bySeverity<
  T extends { level: AlertLevel; type: string; onDate: string; createdAt: string },
>(a: T, b: T): number {
  return (
    levelRank(a.level) - levelRank(b.level) ||
    typeRank(a.type) - typeRank(b.type) ||
    b.onDate.localeCompare(a.onDate) ||
    b.createdAt.localeCompare(a.createdAt)
  );
}
