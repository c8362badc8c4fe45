import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A random secret for a cookie or a link: 32 bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token, so a database leak does not hand out sessions or invites. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A random id (UUID v4): says nothing about when or in which order things were made. */
export function newId(): string {
  return randomUUID();
}

/**
 * Random bytes drawn from a buffer filled 4 KiB at a time: asking the system for 16 bytes per id
 * cost more than the rest of an audited read (a measured 3% of the patient's day).
 */
const randomPool = {
  buffer: Buffer.alloc(0),
  offset: 0,
  take(): Buffer {
    if (this.offset + 16 > this.buffer.length) {
      this.buffer = randomBytes(4096);
      this.offset = 0;
    }
    const bytes = Buffer.from(this.buffer.subarray(this.offset, this.offset + 16));
    this.offset += 16;
    return bytes;
  },
};

let lastMs = 0;
let sequence = 0;

/**
 * A time-ordered id (UUID v7, RFC 9562): milliseconds since 1970 in the first 48 bits, then a
 * counter that orders the ids made in the same millisecond, then random bits. For append-only
 * logs such as the audit trail: a new row lands at the end of the primary-key index instead of on
 * a random page of it, so a batch of inserts dirties a page or two instead of one page per row.
 * Also for the patient's journal entries and morning checks, which carry their creation time
 * anyway. Not for people or accounts, whose ids should not tell when they were made.
 */
export function newSequentialId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    // 4,096 ids in one millisecond: borrow the next one, which keeps the order.
    lastMs++;
    sequence = 0;
  }
  const bytes = randomPool.take();
  const ms = lastMs;
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | (sequence >>> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
