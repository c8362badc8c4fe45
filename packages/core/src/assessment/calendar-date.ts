import { z } from 'zod';

/** The range of dates Backplan accepts anywhere [design]: wide for history, safe for every database. */
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;

/**
 * A calendar date, YYYY-MM-DD, between 1900 and 2199. Year 0000 is a valid string to a regular
 * expression but not a date PostgreSQL can store, so the range is part of the one schema every
 * date goes through.
 */
// The format check aborts, so a malformed date gets one clear message rather than two.
export const calendarDate = z.iso
  .date({ abort: true })
  .refine((d) => d >= DATE_RANGE.min && d <= DATE_RANGE.max, {
    message: `Dates must fall between ${DATE_RANGE.min} and ${DATE_RANGE.max}.`,
  });
