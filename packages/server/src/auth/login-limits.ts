/**
 * Login protection [design]: attempts per IP per minute (@fastify/rate-limit on the route, in an
 * LRU of addresses: memory is bounded and a flood of new addresses pushes out only the oldest),
 * and at most 5 guesses per e-mail per 15 minutes (in the database, sign-in-guard.ts).
 */
export const LOGIN_LIMITS = {
  perIpPerMinute: 20,
  failuresBeforeLockout: 5,
  lockoutMinutes: 15,
} as const;
