import type { AuditFilters } from './admin-api';

/** Actions the filter suggests: the refusals, sign-ins and retries issue 13 added. */
export const KNOWN_ACTIONS = [
  'request.refused',
  'auth.sign-in',
  'auth.sign-out',
  'journal-entry.retry',
  'morning-check.retry',
  'symptom-report.retry',
  'questionnaire-response.retry',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An action id as the server accepts it (`request.refused`, `auth.sign-in`). */
const ACTION = /^[a-z0-9.-]{1,100}$/;

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The audit view's filters, read from the address bar so a view can be shared and survives a
 * reload. Anything malformed is dropped rather than sent to the server.
 */
export function readAuditQuery(params: URLSearchParams): { filters: AuditFilters } {
  const filters: { -readonly [K in keyof AuditFilters]: AuditFilters[K] } = {};
  const id = (key: 'patientId' | 'userId') => {
    const value = params.get(key)?.trim() ?? '';
    if (value !== '' && value.length <= 100) filters[key] = value;
  };
  id('patientId');
  id('userId');
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key) ?? '';
    if (isCalendarDate(value)) filters[key] = value;
  }
  const outcome = params.get('outcome');
  if (outcome === 'allowed' || outcome === 'refused') filters.outcome = outcome;
  const action = params.get('action')?.trim() ?? '';
  if (ACTION.test(action)) filters.action = action;
  return { filters };
}

/** The address-bar form of a view: only the filters set. */
export function writeAuditQuery(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['patientId', 'userId', 'from', 'to', 'outcome', 'action'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return params;
}

/** Whether a from/to pair is the wrong way round (both calendar dates compare as text). */
export function isRangeReversed({ from = '', to = '' }: AuditFilters): boolean {
  return from !== '' && to !== '' && from > to;
}
