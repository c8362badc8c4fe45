import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors.js';

/**
 * Passwords as NIST SP 800-63B (5.1.1.2): at least 12 characters (we ask more than its 8), no
 * composition rules, checked against common and breached passwords and against the account's own
 * name and e-mail. zxcvbn-ts with its common dictionary does the checking, offline; a score of 3
 * ("safely unguessable") or more passes.
 */
export const PASSWORD_RULE = {
  minLength: 12,
  maxLength: 200,
  minScore: 3,
} as const;

export const PASSWORD_RULE_TEXT =
  'Use at least 12 characters that are not a common password, a pattern (aaaa, 1234) or your own name or e-mail.';

// Built once at start-up: loading the dictionary takes ~60 ms, checking a password ~1 to 50 ms.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Why a password is refused for this account, or null when it is good enough. */
export function passwordProblem(p: {
  password: string;
  name: string;
  email: string;
}): string | null {
  if (characters(p.password) < PASSWORD_RULE.minLength)
    return `Use at least ${PASSWORD_RULE.minLength} characters.`;
  const [local = '', domain = ''] = p.email.split('@');
  // The name and the e-mail's own part may not appear at all; the domain counts as a weak word.
  const own = [...p.name.split(/\s+/), ...local.split(/[._+-]/)].filter((w) => w.length >= 4);
  const lower = p.password.toLowerCase();
  if (own.some((w) => lower.includes(w.toLowerCase())))
    return 'Do not use your own name or e-mail in your password.';
  const inputs = [p.name, p.email, local, ...own, ...domain.split('.')].filter(
    (w) => w.length >= 3,
  );
  const result = zxcvbn.check(p.password.slice(0, 100), inputs);
  if (result.score < PASSWORD_RULE.minScore)
    return 'This password is too easy to guess: it is common, a pattern (aaaa, 1234) or close to your name or e-mail. Try a few unrelated words.';
  return null;
}

/** Throws a 400 naming `body.password` when the password is refused. */
export function assertPasswordAllowed(p: { password: string; name: string; email: string }): void {
  const problem = passwordProblem(p);
  if (problem !== null)
    throw new AppError('validation-failed', problem, [{ path: 'body.password', message: problem }]);
}

/** Characters as people count them (NIST counts each Unicode character as one). */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const characters = (text: string): number => Array.from(segmenter.segment(text)).length;
