import { assessmentSchema, type Assessment, type Result } from '@backplan/core';
import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../../../../api/client';
import { issueMessage } from '../issue-message';

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = body;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

type Issue = NonNullable<ReturnType<typeof assessmentSchema.safeParse>['error']>['issues'][number];

function messageFor(issue: Issue, body: unknown, t: TFunction): string {
  return valueAt(body, issue.path) === undefined
    ? t('validation.required')
    : issueMessage(issue, t);
}

/**
 * Checks the body with the core's Assessment schema, in the browser, before it is sent. Problems
 * come back as the same `ApiError` a 400 from the server would be (paths `body.assessment.x`),
 * so one set of controls shows both.
 */
export function checkAssessment(
  body: Record<string, unknown>,
  t: TFunction,
): Result<Assessment, ApiError> {
  const parsed = assessmentSchema.safeParse(body);
  const fields: FieldError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // "Not asked" without its reason: the message goes to the reason's field.
      const value = valueAt(body, issue.path);
      const notAsked = typeof value === 'object' && value !== null && 'notAsked' in value;
      fields.push({
        path: [
          'body',
          'assessment',
          ...issue.path.map(String),
          ...(notAsked ? ['notAsked'] : []),
        ].join('.'),
        message: notAsked ? t('redFlags.notAskedMissing') : messageFor(issue, body, t),
      });
    }
  } else {
    // The schema cannot see across fields; the server would refuse this with a 400.
    const a = parsed.data;
    if (a.assessedOn !== undefined && a.history.onsetDate > a.assessedOn) {
      fields.push({
        path: 'body.assessment.history.onsetDate',
        message: t('validation.onsetAfter', { date: a.assessedOn }),
      });
    }
    const first = a.history.ageAtFirstOnset;
    if (first !== undefined && first > a.patient.age) {
      fields.push({
        path: 'body.assessment.history.ageAtFirstOnset',
        message: t('validation.firstOnsetAfterAge', { age: a.patient.age }),
      });
    }
    if (fields.length === 0) return { ok: true, value: parsed.data };
  }
  return {
    ok: false,
    error: new ApiError(400, 'validation-failed', t('validation.summary'), fields),
  };
}
