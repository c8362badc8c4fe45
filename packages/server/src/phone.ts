import { z } from 'zod';

/** Fewest and most digits a phone number may have (a short clinic line to a full E.164 number). */
const MIN_DIGITS = 6;
const MAX_DIGITS = 20;

/** What is wrong with a typed phone number, or null when it is one. Pure. */
export function phoneProblem(s: string): string | null {
  if (!/^[0-9 +\-().]*$/.test(s)) return 'Use digits, spaces and + - ( ) . only.';
  const digits = s.replace(/\D/g, '').length;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS)
    return `A phone number has ${MIN_DIGITS} to ${MAX_DIGITS} digits.`;
  return null;
}

/**
 * A phone number as a person types it: digits, spaces and `+ - ( ) .`, with 6 to 20 digits.
 * Kept as typed (trimmed), so the `tel:` link and the screen show what the clinic entered.
 */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'At most 40 characters.')
  .superRefine((s, ctx) => {
    const problem = phoneProblem(s);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A phone number: digits, spaces and + - ( ) . with 6 to 20 digits.');
