import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A random secret for a cookie or a link: 32 bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token, so a database leak does not hand out sessions or invites. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newId(): string {
  return randomUUID();
}
