import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A calendar date (YYYY-MM-DD) as a Date at midnight UTC, so it formats as the same day anywhere. */
export function dayToDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/** Today's calendar date where the user is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Date, time and number formats in the interface language. */
export function useFormats() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const utc = { timeZone: 'UTC' } as const;
    const day = new Intl.DateTimeFormat(lang, { ...utc, dateStyle: 'medium' });
    const short = new Intl.DateTimeFormat(lang, { ...utc, day: 'numeric', month: 'short' });
    const long = new Intl.DateTimeFormat(lang, {
      ...utc,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const stamp = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const stampDay = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(lang, {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    return {
      /** A calendar date: "8 Nov 2026". */
      day: (d: string) => day.format(dayToDate(d)),
      /** A calendar date on a chart axis: "8 Nov". */
      dayShort: (d: string | number) => short.format(typeof d === 'number' ? d : dayToDate(d)),
      /** A calendar date with its weekday: "Sun, 8 Nov 2026". */
      dayLong: (d: string) => long.format(dayToDate(d)),
      /** A moment (ISO timestamp) in the user's time zone. */
      stamp: (iso: string) => stamp.format(new Date(iso)),
      /** The day of a moment (ISO timestamp) in the user's time zone. */
      stampDay: (iso: string) => stampDay.format(new Date(iso)),
      number: (n: number) => number.format(n),
      signed: (n: number) => signed.format(n),
    };
  }, [lang]);
}
