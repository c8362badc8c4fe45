/**
 * A request URL as the logs may carry it: the query string dropped (it can hold a patient's name)
 * and the token of an invite or password-reset link (`/invite/<token>`, `/reset/<token>`)
 * masked. Ids stay: they are not patient data, and they let an operator follow a request.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const masked = path.replace(/^(\/(?:api\/)?(?:invites?|reset)\/)[^/]+/i, '$1[redacted]');
  return q === -1 ? masked : `${masked}?[redacted]`;
}
