import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../auth/tokens.js';
import { createTestApp, TEST_NOW, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import {
  as,
  createPatientWithAccount,
  seedTwoClinics,
  signIn,
  STAFF,
  type Session,
} from '../test-fixtures.js';

interface Page {
  items: Record<string, unknown>[];
  nextCursor: string | null;
}

/** Long lists with ties in every sort column but the id, so only the keyset's id can part them. */
const MEASURES = 237;
const ALERTS = 233;
const EVENTS = 251;
const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03'];
const TIMES = ['2026-10-05T08:00:00.000Z', '2026-10-05T08:00:00.001Z'];

describe.each(DIALECTS)('paged lists on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let admin: Session;
  let base: string;
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });

  /** Every page of a list at `limit` a page, in order, and how many pages it took. */
  const walk = async (s: Session, url: string, limit: number) => {
    const items: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = url.includes('?') ? '&' : '?';
      const next: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const res = await get(s, `${url}${sep}limit=${limit}${next}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<Page>();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    return { items, pages };
  };
  const ids = (items: Record<string, unknown>[]) => items.map((i) => i.id);

  beforeAll(async () => {
    let tick = 0;
    t = await createTestApp(dialect, () => new Date(TEST_NOW.getTime() + tick++));
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    admin = await signIn(t.app, STAFF.adminA);
    const { patientId } = await createPatientWithAccount(t.app, therapist, 'paged@p.example');
    base = `/api/patients/${patientId}`;
    const db = t.testDb.db.kysely;
    const p = await db
      .selectFrom('patient')
      .select(['clinic_id', 'therapist_id'])
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    const own = { clinic_id: p.clinic_id, patient_id: patientId };
    const at = (i: number) => TIMES[i % TIMES.length] ?? '';
    const day = (i: number) => DAYS[i % DAYS.length] ?? '';
    await db
      .insertInto('measure')
      .values(
        Array.from({ length: MEASURES }, (_, i) => ({
          ...own,
          id: newId(),
          kind: 'fingertip-to-floor-cm',
          side: null,
          value: i,
          answers: null,
          taken_on: day(i),
          client_key: null,
          created_by: p.therapist_id,
          created_at: at(i),
        })),
      )
      .execute();
    await db
      .insertInto('alert')
      .values(
        Array.from({ length: ALERTS }, (_, i) => ({
          ...own,
          id: newId(),
          type: 'pain',
          level: 'warning' as const,
          message: `Alert ${i}`,
          on_date: day(i),
          dedupe_key: `paging-${i}`,
          status: 'open' as const,
          acknowledged_by: null,
          created_at: at(i),
          outcome: null,
          note: null,
          decided_at: null,
          detail: null,
        })),
      )
      .execute();
    await db
      .insertInto('audit_event')
      .values(
        Array.from({ length: EVENTS }, () => ({
          id: newId(),
          clinic_id: p.clinic_id,
          user_id: null,
          role: null,
          action: 'paging.test',
          resource_type: 'measure',
          resource_id: null,
          patient_id: patientId,
          request_id: 'paging',
          ip: null,
          at: TIMES[0] ?? '',
          reason: null,
        })),
      )
      .execute();
  });
  afterAll(() => t.close());

  it('walks the measures oldest first exactly once, whatever the page size', async () => {
    const small = await walk(therapist, `${base}/measures`, 7);
    expect(small.pages).toBe(Math.ceil(MEASURES / 7));
    expect(new Set(ids(small.items)).size).toBe(MEASURES);
    expect(ids((await walk(therapist, `${base}/measures`, 200)).items)).toEqual(ids(small.items));
    const taken = small.items.map((m) => `${String(m.takenOn)} ${String(m.createdAt)}`);
    expect(taken).toEqual([...taken].sort());
    // Filtered lists page too; the default page is 50.
    const first = (
      await get(therapist, `${base}/measures?kind=fingertip-to-floor-cm`)
    ).json<Page>();
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    expect((await walk(therapist, `${base}/measures?kind=odi`, 5)).items).toEqual([]);
  });

  it("walks a patient's alerts and the clinic's open alerts newest first exactly once", async () => {
    for (const url of [`${base}/alerts`, `${base}/alerts?status=open`, '/api/alerts']) {
      const small = await walk(therapist, url, 9);
      expect(new Set(ids(small.items)).size).toBe(ALERTS);
      expect(ids((await walk(therapist, url, 200)).items)).toEqual(ids(small.items));
      const dates = small.items.map((a) => `${String(a.onDate)} ${String(a.createdAt)}`);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('walks the audit trail newest first exactly once, the reads it records not included', async () => {
    const url = `/api/admin/audit?action=paging.test`;
    const small = await walk(admin, url, 11);
    expect(new Set(ids(small.items)).size).toBe(EVENTS);
    expect(ids((await walk(admin, url, 200)).items)).toEqual(ids(small.items));
    // The whole trail grows with every read of it (audit.read): newer events come before the
    // first page's cursor, so a walk still sees every older event once.
    const all = await walk(admin, '/api/admin/audit', 13);
    expect(new Set(ids(all.items)).size).toBe(all.items.length);
    expect(all.items.filter((e) => e.action === 'paging.test')).toHaveLength(EVENTS);
  });

  it('refuses a bad cursor or limit with a 400 naming it', async () => {
    const measures = (await get(therapist, `${base}/measures?limit=2`)).json<Page>();
    const auditCursor = (await get(admin, '/api/admin/audit?limit=1')).json<Page>().nextCursor;
    const cases: [Session, string, string][] = [
      [therapist, `${base}/measures?cursor=not-a-cursor`, 'querystring.cursor'],
      [therapist, `${base}/measures?cursor=${auditCursor ?? ''}`, 'querystring.cursor'],
      [therapist, `${base}/alerts?cursor=${encodeURIComponent('W10')}`, 'querystring.cursor'],
      [admin, `/api/admin/audit?cursor=${measures.nextCursor ?? ''}`, 'querystring.cursor'],
      [therapist, '/api/alerts?limit=0', 'querystring.limit'],
      [therapist, `${base}/measures?limit=201`, 'querystring.limit'],
      [admin, '/api/admin/audit?limit=many', 'querystring.limit'],
      [
        therapist,
        `${base}/journal?cursor=${measures.nextCursor ?? ''}&limit=5`,
        'querystring.cursor',
      ],
      [therapist, `${base}/journal?limit=500`, 'querystring.limit'],
      [therapist, `${base}/proposals?cursor=%00`, 'querystring.cursor'],
      [admin, '/api/patients?limit=-1', 'querystring.limit'],
      [admin, '/api/admin/staff?cursor=W1tdXQ', 'querystring.cursor'],
    ];
    for (const [who, url, path] of cases) {
      const res = await get(who, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ error: { fields: [{ path }] } });
    }
  });
});
