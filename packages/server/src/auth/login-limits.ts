/** Login protection [design]: attempts per IP per minute, and at most 5 guesses per e-mail per 15 minutes. */
export const LOGIN_LIMITS = {
  perIpPerMinute: 20,
  failuresBeforeLockout: 5,
  lockoutMinutes: 15,
} as const;

/**
 * A fixed-window counter of login attempts per IP, in this process. The account lockout is in
 * the database (sign-in-guard.ts), so it holds across servers; this only blunts one client hammering one server.
 */
export class IpRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** True when this attempt is allowed. */
  allow(ip: string, nowMs: number): boolean {
    const w = this.windows.get(ip);
    if (w === undefined || nowMs - w.start >= 60_000) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(ip, { start: nowMs, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= LOGIN_LIMITS.perIpPerMinute;
  }
}
