import type { TFunction } from 'i18next';

/** The parts of a zod issue the messages need (zod's own types stay inside the core). */
export interface IssueLike {
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly format?: unknown;
}

/** A schema problem in the reader's language; zod's own words where we have none. */
export function issueMessage(issue: IssueLike, t: TFunction): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return t('validation.whole');
      if (issue.expected === 'number') return t('validation.number');
      return issue.message;
    case 'too_small':
      if (issue.origin === 'string') return t('validation.required');
      return issue.origin === 'number'
        ? t('validation.min', { min: Number(issue.minimum) })
        : issue.message;
    case 'too_big':
      return issue.origin === 'number'
        ? t('validation.max', { max: Number(issue.maximum) })
        : issue.message;
    case 'invalid_format':
      return issue.format === 'date' ? t('validation.date') : issue.message;
    default:
      return issue.message;
  }
}
