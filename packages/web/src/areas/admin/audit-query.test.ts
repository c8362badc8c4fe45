import { describe, expect, it } from 'vitest';
import { readAuditQuery, writeAuditQuery } from './audit-query';

describe('the audit view in the address bar', () => {
  it('keeps the outcome and action filters through a reload', () => {
    const filters = { outcome: 'refused', action: 'request.refused' } as const;
    const params = writeAuditQuery(filters);
    expect(params.toString()).toBe('outcome=refused&action=request.refused');
    expect(readAuditQuery(params).filters).toEqual(filters);
  });

  it('drops an unknown outcome or a malformed action rather than send it', () => {
    const params = new URLSearchParams('outcome=maybe&action=%3Cscript%3E');
    expect(readAuditQuery(params).filters).toEqual({});
  });
});
