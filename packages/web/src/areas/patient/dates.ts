/**
 * Calendar dates (`YYYY-MM-DD`) as the patient's phone sees them. A date is a day, not an
 * instant: it is read and shown in UTC so no time zone can move it to the day before.
 */
const DAY_MS = 86_400_000;

/** The local calendar date of an instant, e.g. `2026-11-22`. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Milliseconds at UTC midnight of a calendar date. */
export function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(dayMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A date in the reader's language: "Sunday 22 November" by default. */
export function formatDay(
  date: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' },
): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(dayMs(date));
}

/** A short date for charts and lists: "22 Nov". */
export const formatShortDay = (date: string, language: string) =>
  formatDay(date, language, { day: 'numeric', month: 'short' });

/** The day of an instant as the reader's calendar has it ("22 Nov"), e.g. when a note was written. */
export function formatInstantDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(
    new Date(iso),
  );
}
