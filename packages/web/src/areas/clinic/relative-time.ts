/**
 * How long ago a moment was, in the reader's language ("5 minutes ago", "2 hours ago",
 * "yesterday"): the largest whole unit, so a safety state reads at a glance how old it is. Null
 * under a minute (the caller says "just now" in its own words).
 */
const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeTime(iso: string, now: Date, language: string): string | null {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const elapsed = now.getTime() - Date.parse(iso);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return null;
}
