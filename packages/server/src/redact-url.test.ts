import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it.each([
    ['/api/patients/p1?name=Maria', '/api/patients/p1?[redacted]'],
    ['/invite/abc123', '/invite/[redacted]'],
    ['/reset/abc123?x=1', '/reset/[redacted]?[redacted]'],
    ['/api/patients/p1/journal', '/api/patients/p1/journal'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
