import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { HashQueue } from '../hash-queue.js';

/** scrypt parameters (OWASP's minimum N = 2^17 would take ~0.3 s here; 2^15 is ~40 ms) [design]. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 64, maxmem: 128 * 2 ** 20 } as const;

/** One scrypt run; through the app's `HashQueue` when given, so hashes are bounded globally. */
function scrypt(
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
  queue?: HashQueue,
): Promise<Buffer> {
  if (queue !== undefined) return queue.run(() => scrypt(password, salt, keyLength, options));
  return new Promise((resolve, reject) => {
    scryptCb(password, salt, keyLength, options, (err, key) => {
      if (err === null) resolve(key);
      else reject(err);
    });
  });
}

/** `scrypt$N$r$p$salt$hash`, so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string, queue?: HashQueue): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keyLength, maxmem } = PARAMS;
  const key = await scrypt(password, salt, keyLength, { N, r, p, maxmem }, queue);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time check of a password against a stored hash; false for any malformed hash. */
export async function verifyPassword(
  password: string,
  stored: string,
  queue?: HashQueue,
): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (
    scheme !== 'scrypt' ||
    n === undefined ||
    r === undefined ||
    p === undefined ||
    salt === undefined ||
    hash === undefined
  )
    return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(
    password,
    Buffer.from(salt, 'base64url'),
    expected.length,
    { N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem },
    queue,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}
