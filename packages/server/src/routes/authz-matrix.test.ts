/**
 * The authorization matrix: every route of the OpenAPI document, called with a valid body by each
 * of seven actors, on patient A's resources. Clinic B's staff and patient B must not learn that
 * patient A exists (404); anonymous callers get 401 before anything else. No response body may
 * carry the data of a patient or clinic the actor may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-db.js';
import { as } from '../test-fixtures.js';
import {
  ACTORS,
  createWorld,
  nextIp,
  openApiRoutes,
  PEOPLE,
  validRequest,
  type ActorName,
  type RouteKey,
  type World,
} from '../test-world.js';

type Row = Readonly<Record<ActorName, number>>;
/** Expected statuses in the order of ACTORS: anon, patient A, patient B, therapist A, admin A, therapist B, admin B. */
const row = (...s: [number, number, number, number, number, number, number]): Row => ({
  anonymous: s[0],
  patientA: s[1],
  patientB: s[2],
  therapistA: s[3],
  adminA: s[4],
  therapistB: s[5],
  adminB: s[6],
});
const PUBLIC = (ok: number) => row(ok, ok, ok, ok, ok, ok, ok);
const SIGNED_IN = (ok: number) => row(401, ok, ok, ok, ok, ok, ok);
/** Patient A's record: the patient and the clinic's staff; everyone else cannot see it exists. */
const READ = row(401, 200, 404, 200, 200, 404, 404);
/** Clinical writes and clinician views about patient A: the clinic's staff. */
const MANAGE = (ok: number) => row(401, 403, 404, ok, ok, 404, 404);
/** The outcome of a red flag: a therapist of patient A's clinic, not its admin. */
const DECIDE_SAFETY = (ok: number) => row(401, 403, 404, ok, 403, 404, 404);
/** What the patient records: patient A alone. */
const RECORD = (ok: number) => row(401, ok, 404, 403, 403, 404, 404);
/** The actor's own clinic, not patient A's record: any clinic's staff. */
const STAFF_ONLY = (ok: number) => row(401, 403, 403, ok, ok, ok, ok);
const ADMIN_ONLY = (ok: number) => row(401, 403, 403, 403, ok, 403, ok);

const P = '/api/patients/{patientId}';
/** Every route and what each actor gets. A route missing here fails the coverage test. */
const MATRIX: Readonly<Record<RouteKey, Row>> = {
  'GET /api/health': PUBLIC(200),
  'POST /api/auth/login': PUBLIC(200),
  'POST /api/auth/logout': SIGNED_IN(204),
  'GET /api/auth/me': SIGNED_IN(200),
  'POST /api/invites/accept': PUBLIC(200),
  // A reset of clinic B's spare therapist: the token is the authority, whoever sends it.
  'POST /api/auth/reset': PUBLIC(200),
  'POST /api/patients': STAFF_ONLY(201),
  // A fresh invite for clinic A's spare patient (one for A would end the session the matrix uses).
  [`POST ${P}/invite`]: row(401, 404, 404, 201, 201, 404, 404),
  'GET /api/patients': STAFF_ONLY(200),
  [`GET ${P}`]: READ,
  [`PATCH ${P}`]: MANAGE(200),
  [`POST ${P}/engagement`]: MANAGE(200),
  [`GET ${P}/decisions`]: MANAGE(200),
  [`POST ${P}/assessments`]: MANAGE(201),
  [`GET ${P}/assessments`]: READ,
  [`GET ${P}/assessments/{assessmentId}`]: READ,
  [`POST ${P}/assessments/{assessmentId}/red-flag-review`]: DECIDE_SAFETY(201),
  [`POST ${P}/plans`]: MANAGE(201),
  [`GET ${P}/plans`]: READ,
  [`POST ${P}/plans/{planId}/preview-edits`]: MANAGE(200),
  [`POST ${P}/plans/{planId}/publish`]: MANAGE(201),
  [`GET ${P}/plans/{planId}`]: READ,
  [`GET ${P}/today`]: READ,
  [`POST ${P}/journal`]: RECORD(201),
  [`GET ${P}/journal`]: READ,
  [`POST ${P}/morning-checks`]: RECORD(201),
  // The patient, or clinic staff taking the report on the phone.
  [`POST ${P}/symptom-reports`]: row(401, 201, 404, 201, 201, 404, 404),
  [`GET ${P}/proposals`]: MANAGE(200),
  [`POST ${P}/proposals/{proposalId}/decision`]: MANAGE(200),
  [`GET ${P}/alerts`]: MANAGE(200),
  'GET /api/alerts': STAFF_ONLY(200),
  [`POST ${P}/alerts/{alertId}/acknowledge`]: MANAGE(200),
  [`POST ${P}/feedback`]: MANAGE(201),
  [`GET ${P}/feedback`]: READ,
  [`POST ${P}/measures`]: MANAGE(201),
  [`GET ${P}/measures`]: READ,
  [`GET ${P}/questionnaires/due`]: READ,
  [`POST ${P}/questionnaire-responses`]: RECORD(201),
  'GET /api/clinic': SIGNED_IN(200),
  'PATCH /api/admin/clinic': ADMIN_ONLY(200),
  'GET /api/admin/staff': ADMIN_ONLY(200),
  'POST /api/admin/invites': ADMIN_ONLY(201),
  // The user is clinic A's therapist: clinic B's admin cannot find them.
  'POST /api/admin/users/{userId}/reset-link': row(401, 403, 403, 403, 201, 403, 404),
  'GET /api/admin/audit': ADMIN_ONLY(200),
  // Clinic A's spare therapist: clinic B's admin cannot find them.
  'POST /api/admin/staff/{userId}/deactivate': row(401, 403, 403, 403, 200, 403, 404),
  'POST /api/admin/staff/{userId}/reactivate': row(401, 403, 403, 403, 200, 403, 404),
  'POST /api/admin/staff/{userId}/role': row(401, 403, 403, 403, 200, 403, 404),
};

/**
 * Route and actor cases that fail because of a bug in the routes, skipped until it is fixed (see
 * `reason`). Each entry is one exact route and actor; keep this list empty.
 */
const KNOWN_BUGS: readonly { route: RouteKey; actor: ActorName; reason: string }[] = [];
const isKnownBug = (route: RouteKey, actor: ActorName) =>
  KNOWN_BUGS.some((b) => b.route === route && b.actor === actor);

/** What each actor must never read in a body: other patients' and the other clinic's data. */
function forbiddenFor(w: World, actor: ActorName): string[] {
  const { ids } = w;
  const patientA = [ids.patientA, PEOPLE.patientA.name, PEOPLE.patientA.email, ids.users.patientA];
  const aRecords = [ids.assessmentA, ids.planA, ids.journalEntryA, ids.proposalA, ids.alertA];
  const patientB = [ids.patientB, PEOPLE.patientB.name, PEOPLE.patientB.email, ids.users.patientB];
  const patientC = [ids.patientC, PEOPLE.patientC.name, PEOPLE.patientC.email, ids.users.patientC];
  const clinicA = [ids.clinicA, ids.users.therapistA, ids.users.adminA, ids.planB];
  switch (actor) {
    case 'anonymous':
      return [...patientA, ...aRecords, ...patientB, ...patientC, ids.planB, ids.planC];
    case 'patientA':
      return [...patientB, ids.planB, ...patientC, ids.planC];
    case 'patientB':
      return [...patientA, ...aRecords, ...patientC, ids.planC];
    case 'therapistA':
    case 'adminA':
      return [...patientC, ids.planC];
    case 'therapistB':
    case 'adminB':
      return [...patientA, ...aRecords, ...patientB, ...clinicA];
  }
}

describe.each(DIALECTS)('the authorization matrix on %s', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('has a row for every route of the OpenAPI document, and no row for a route that is gone', async () => {
    const routes = await openApiRoutes(w.app);
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it.each(Object.keys(MATRIX))(
    '%s',
    async (route) => {
      const expected = MATRIX[route];
      if (expected === undefined) throw new Error(`no row for ${route}`);
      const seen: string[] = [];
      for (const actor of ACTORS) {
        if (isKnownBug(route, actor)) continue;
        const { method, url, body } = await validRequest(w, route, actor);
        // Signing out ends the session: use a fresh one, so the other routes keep theirs.
        const headers =
          route === 'POST /api/auth/logout' && actor !== 'anonymous'
            ? as(await w.freshSession(actor))
            : w.headers(actor);
        const res = await w.app.inject({
          method,
          url,
          headers,
          remoteAddress: nextIp(),
          ...(body === undefined ? {} : { payload: body as object }),
        });
        if (res.statusCode !== expected[actor]) {
          seen.push(
            `${actor}: ${res.statusCode} (expected ${expected[actor]}) ${res.body.slice(0, 300)}`,
          );
        }
        const leaks = forbiddenFor(w, actor).filter((s) => s !== '' && res.body.includes(s));
        if (leaks.length > 0) seen.push(`${actor}: the body carries ${leaks.join(', ')}`);
      }
      expect(seen).toEqual([]);
      // Seven sign-ins, invites or resets of a route each hash a password (~40 ms, more under load).
    },
    30_000,
  );
});
