import type { Result } from '../result.js';

/** The value of an ok result; fails the test with the error otherwise. */
export function okValue<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the test with the value otherwise. */
export function errorOf<T, E>(result: Result<T, E>): E {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** LOINC mod-10 check digit (the Luhn scheme over the digits before the hyphen). */
export function loincCheckDigitIsValid(code: string): boolean {
  const match = /^(\d+)-(\d)$/.exec(code);
  if (match === null) return false;
  const [, body = '', check = ''] = match;
  let sum = 0;
  // Digits counted from the right: the first, third, ... are doubled.
  for (let index = 0; index < body.length; index += 1) {
    const digit = Number(body.charAt(body.length - 1 - index)) * (index % 2 === 0 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  }
  return (10 - (sum % 10)) % 10 === Number(check);
}

/** STarT Back item 9 option indexes, by their paraphrased label. */
export const BOTHER = { notAtAll: 0, slightly: 1, moderately: 2, veryMuch: 3, extremely: 4 };
