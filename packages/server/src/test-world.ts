/**
 * A small, complete world on a test app, for the authorization matrix and the fuzz tests: two
 * clinics, their staff, three patients with plans, and a signed-in session for each kind of actor.
 * Data is made through the API; only what the API cannot make on demand is inserted directly.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { hashToken, newId } from './auth/tokens.js';
import { readJson, toJson, type DialectName } from './db/dialect.js';
import { createTestApp, TEST_NOW, type TestApp } from './test-app.js';
import { as, PASSWORD, seedTwoClinics, STAFF, type Session } from './test-fixtures.js';

export const ACTORS = [
  'anonymous',
  'patientA',
  'patientB',
  'therapistA',
  'adminA',
  'therapistB',
  'adminB',
] as const;
export type ActorName = (typeof ACTORS)[number];
export type SignedInActor = Exclude<ActorName, 'anonymous'>;

/** Patients with names and emails distinctive enough to search response bodies for. */
export const PEOPLE = {
  patientA: { name: 'Alma Quillfeather', email: 'alma.quillfeather@patients-a.example' },
  patientB: { name: 'Bruno Thistlewood', email: 'bruno.thistlewood@patients-a.example' },
  patientC: { name: 'Cora Vantablack', email: 'cora.vantablack@patients-b.example' },
} as const;

const EMAILS: Record<SignedInActor, string> = {
  patientA: PEOPLE.patientA.email,
  patientB: PEOPLE.patientB.email,
  therapistA: STAFF.therapistA,
  adminA: STAFF.adminA,
  therapistB: STAFF.therapistB,
  adminB: STAFF.adminB,
};

/** Example 01 (acute, flexion-intolerant): a routine triage that always gives a plan. */
export const EXAMPLE_ASSESSMENT = JSON.parse(
  readFileSync(
    new URL(
      '../../../examples/assessments/01-acute-flexion-intolerant-manipulation.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as Record<string, unknown>;

/** The plan starts a week before the test clock, so past sessions fit in it. */
export const PLAN_START = '2026-10-26';

let ipCounter = 0;
/** A fresh client address per sign-in, so the per-IP login limit never gets in the world's way. */
export const nextIp = () => {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

/** Signs in through the API from a fresh address. */
export async function login(app: FastifyInstance, email: string): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextIp(),
    payload: { email, password: PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bp_session');
  if (cookie === undefined) throw new Error('no session cookie');
  const body = res.json<{ csrfToken: string; user: { patientId: string | null } }>();
  return {
    cookie: `bp_session=${cookie.value}`,
    csrf: body.csrfToken,
    patientId: body.user.patientId,
  };
}

export interface World {
  readonly t: TestApp;
  readonly app: FastifyInstance;
  readonly sessions: Record<SignedInActor, Session>;
  readonly ids: {
    readonly clinicA: string;
    readonly clinicB: string;
    readonly patientA: string;
    readonly patientB: string;
    /** Clinic B's own patient. */
    readonly patientC: string;
    readonly assessmentA: string;
    /** Patient A's first plan (the active one may be a later version). */
    readonly planA: string;
    readonly planB: string;
    readonly planC: string;
    readonly journalEntryA: string;
    readonly proposalA: string;
    readonly alertA: string;
    readonly users: Record<SignedInActor | 'patientC' | 'spareA' | 'spareB', string>;
    /** A patient of clinic A without an account, for fresh invites. */
    readonly sparePatient: string;
  };
  /** Headers of a request by this actor: none for anonymous, cookie and CSRF token otherwise. */
  readonly headers: (actor: ActorName) => Record<string, string>;
  /** A value nobody else in this world uses (emails, client keys). */
  readonly unique: (prefix: string) => string;
  /** The active plan of a patient, which writes in a test may have moved on. */
  readonly activePlanId: (patientId: string) => Promise<string>;
  /** An open proposal of patient A: the first one while it is open, else a fresh copy of it. */
  readonly openProposalId: () => Promise<string>;
  /** A new session of an actor, for requests that end it (logout). */
  readonly freshSession: (actor: SignedInActor) => Promise<Session>;
  /** An unused staff invite token of clinic B: the last one while unused, else a new one. */
  readonly unusedInviteToken: () => Promise<string>;
  /** An unused password-reset token of clinic B's spare therapist (nobody else's sessions end). */
  readonly unusedResetToken: () => Promise<string>;
}

/** Creates a patient through the API (as `therapist`), accepts the invite and signs in. */
async function patientWithAccount(
  app: FastifyInstance,
  therapist: Session,
  person: { name: string; email: string },
): Promise<{ patientId: string; session: Session }> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/patients',
    headers: as(therapist),
    payload: { displayName: person.name, email: person.email },
  });
  if (created.statusCode !== 201) throw new Error(`create patient: ${created.body}`);
  const { patient, invite } = created.json<{ patient: { id: string }; invite: { url: string } }>();
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/invites/accept',
    payload: { token: invite.url.split('/').at(-1) ?? '', password: PASSWORD },
  });
  if (accepted.statusCode !== 200) throw new Error(`accept invite: ${accepted.body}`);
  return { patientId: patient.id, session: await login(app, person.email) };
}

/** Builds the world on a fresh test app of the dialect. Close it with `world.t.close()`. */
export async function createWorld(dialect: DialectName): Promise<World> {
  const t = await createTestApp(dialect);
  const { app } = t;
  const db = t.testDb.db.kysely;
  const { a, b } = await seedTwoClinics(t);
  const staff = {
    therapistA: await login(app, STAFF.therapistA),
    adminA: await login(app, STAFF.adminA),
    therapistB: await login(app, STAFF.therapistB),
    adminB: await login(app, STAFF.adminB),
  };
  const pA = await patientWithAccount(app, staff.therapistA, PEOPLE.patientA);
  const pB = await patientWithAccount(app, staff.therapistA, PEOPLE.patientB);
  const pC = await patientWithAccount(app, staff.therapistB, PEOPLE.patientC);
  const sessions: Record<SignedInActor, Session> = {
    ...staff,
    patientA: pA.session,
    patientB: pB.session,
  };

  async function post<T>(s: Session, url: string, payload: object, status: number): Promise<T> {
    const res = await app.inject({ method: 'POST', url, headers: as(s), payload });
    if (res.statusCode !== status) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
    return res.json<T>();
  }
  async function assessAndPlan(therapist: Session, patientId: string) {
    const base = `/api/patients/${patientId}`;
    const assessed = await post<{ assessment: { id: string } }>(
      therapist,
      `${base}/assessments`,
      { assessment: EXAMPLE_ASSESSMENT },
      201,
    );
    const assessmentId = assessed.assessment.id;
    const plan = await post<{ id: string; plan: { exercises: { exerciseId: string }[] } }>(
      therapist,
      `${base}/plans`,
      { assessmentId, startDate: PLAN_START },
      201,
    );
    // A generated plan is a draft: published as it is, it becomes the patient's active plan.
    await post(therapist, `${base}/plans/${plan.id}/publish`, { edits: [] }, 201);
    return { assessmentId, planId: plan.id, exercises: plan.plan.exercises };
  }

  const planOfA = await assessAndPlan(staff.therapistA, pA.patientId);
  const planOfB = await assessAndPlan(staff.therapistA, pB.patientId);
  const planOfC = await assessAndPlan(staff.therapistB, pC.patientId);

  // Two comfortable sessions with settled mornings: the API proposes progressions.
  const journalIds: string[] = [];
  for (const [day, morning] of [
    ['2026-10-30', '2026-10-31'],
    ['2026-10-31', '2026-11-01'],
  ] as const) {
    const res = await post<{ entry: { id: string } }>(
      pA.session,
      `/api/patients/${pA.patientId}/journal`,
      {
        clientKey: `world-${day}`,
        performedOn: day,
        exercises: planOfA.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
        painBefore: 2,
        painDuring: 3,
        effort: 4,
      },
      201,
    );
    journalIds.push(res.entry.id);
    const check = { date: morning, pain: 2, stiffness: 'usual', comparedWithUsual: 'same' };
    await post(
      pA.session,
      `/api/patients/${pA.patientId}/morning-checks`,
      { clientKey: `world-m-${morning}`, ...check },
      201,
    );
  }
  // Re-evaluation follows the commit: wait for it before reading the database directly.
  await app.progress.idle();
  const proposal = await db
    .selectFrom('proposal')
    .selectAll()
    .where('patient_id', '=', pA.patientId)
    .where('status', '=', 'open')
    .orderBy('exercise_id')
    .executeTakeFirst();
  if (proposal === undefined) throw new Error('the journal produced no proposal');

  // The API raises alerts only from what the patient reports; a plain warning is inserted.
  const alertId = newId();
  await db
    .insertInto('alert')
    .values({
      clinic_id: a.clinicId,
      id: alertId,
      patient_id: pA.patientId,
      type: 'pain',
      level: 'warning',
      message: 'Pain 6/10 during the session.',
      on_date: '2026-11-01',
      dedupe_key: 'pain:2026-11-01',
      status: 'open',
      acknowledged_by: null,
      created_at: TEST_NOW.toISOString(),
    })
    .execute();

  const userId = async (email: string) =>
    (await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow())
      .id;
  // Spare therapists: one for the staff routes to deactivate, one for resets to end the sessions of.
  async function spare(admin: Session, email: string) {
    const { url } = await post<{ url: string }>(
      admin,
      '/api/admin/invites',
      { email, role: 'therapist' },
      201,
    );
    const token = url.split('/').at(-1) ?? '';
    await post(admin, '/api/invites/accept', { token, password: PASSWORD, name: 'Sam Spare' }, 200);
    return userId(email);
  }
  const sparePatient = await post<{ patient: { id: string } }>(
    staff.therapistA,
    '/api/patients',
    { displayName: 'Sid Spare', email: 'sid.spare@p.example' },
    201,
  );
  const users = {
    spareA: await spare(staff.adminA, 'spare@a.example'),
    spareB: await spare(staff.adminB, 'spare@b.example'),
    patientA: await userId(PEOPLE.patientA.email),
    patientB: await userId(PEOPLE.patientB.email),
    patientC: await userId(PEOPLE.patientC.email),
    therapistA: await userId(STAFF.therapistA),
    adminA: await userId(STAFF.adminA),
    therapistB: await userId(STAFF.therapistB),
    adminB: await userId(STAFF.adminB),
  };

  let n = 0;
  const unique = (prefix: string) => {
    n += 1;
    return `${prefix}-${n}`;
  };
  let openProposal = proposal.id;
  let inviteToken: string | undefined;
  let resetToken: string | undefined;

  return {
    t,
    app,
    sessions,
    ids: {
      clinicA: a.clinicId,
      clinicB: b.clinicId,
      patientA: pA.patientId,
      patientB: pB.patientId,
      patientC: pC.patientId,
      assessmentA: planOfA.assessmentId,
      planA: planOfA.planId,
      planB: planOfB.planId,
      planC: planOfC.planId,
      journalEntryA: journalIds[0] ?? '',
      proposalA: proposal.id,
      alertA: alertId,
      users,
      sparePatient: sparePatient.patient.id,
    },
    headers: (actor) => (actor === 'anonymous' ? {} : as(sessions[actor])),
    unique,
    activePlanId: async (patientId) =>
      (
        await db
          .selectFrom('plan')
          .select('id')
          .where('patient_id', '=', patientId)
          .where('status', '=', 'active')
          .executeTakeFirstOrThrow()
      ).id,
    openProposalId: async () => {
      const row = await db
        .selectFrom('proposal')
        .select('status')
        .where('id', '=', openProposal)
        .executeTakeFirstOrThrow();
      if (row.status === 'open') return openProposal;
      openProposal = newId();
      await db
        .insertInto('proposal')
        .values({
          ...proposal,
          id: openProposal,
          proposal: toJson(readJson(proposal.proposal)),
          status: 'open',
          decided_by: null,
          decided_at: null,
        })
        .execute();
      return openProposal;
    },
    freshSession: (actor) => login(app, EMAILS[actor]),
    unusedInviteToken: async () => {
      if (inviteToken !== undefined) {
        const row = await db
          .selectFrom('invite')
          .select('used_at')
          .where('token_hash', '=', hashToken(inviteToken))
          .executeTakeFirstOrThrow();
        if (row.used_at === null) return inviteToken;
      }
      const res = await post<{ url: string }>(
        staff.adminB,
        '/api/admin/invites',
        { email: `${unique('invitee')}@b.example`, role: 'therapist' },
        201,
      );
      inviteToken = res.url.split('/').at(-1) ?? '';
      return inviteToken;
    },
    unusedResetToken: async () => {
      if (resetToken !== undefined) {
        const row = await db
          .selectFrom('password_reset')
          .select('used_at')
          .where('token_hash', '=', hashToken(resetToken))
          .executeTakeFirstOrThrow();
        if (row.used_at === null) return resetToken;
      }
      const res = await post<{ url: string }>(
        staff.adminB,
        `/api/admin/users/${users.spareB}/reset-link`,
        {},
        201,
      );
      resetToken = res.url.split('/').at(-1) ?? '';
      return resetToken;
    },
  };
}

/** A route as the OpenAPI document names it: `POST /api/patients/{patientId}/journal`. */
export type RouteKey = string;

/** Every route (method and path template) of the app's OpenAPI document, except the docs. */
export async function openApiRoutes(app: FastifyInstance): Promise<RouteKey[]> {
  const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
  const doc = res.json<{ paths: Record<string, Record<string, unknown>> }>();
  return Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith('/api/docs'))
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

/** Path parameters, filled with patient A's resources. */
const PARAMS: Record<string, (w: World) => string | Promise<string>> = {
  patientId: (w) => w.ids.patientA,
  assessmentId: (w) => w.ids.assessmentA,
  planId: (w) => w.activePlanId(w.ids.patientA),
  proposalId: (w) => w.openProposalId(),
  alertId: (w) => w.ids.alertA,
  userId: (w) => w.ids.users.therapistA,
};

/** Path parameters of routes that must not act on the world's own actors. */
const ROUTE_PARAMS: Record<RouteKey, Record<string, (w: World) => string>> = Object.fromEntries(
  ['deactivate', 'reactivate', 'role'].map((action) => [
    `POST /api/admin/staff/{userId}/${action}`,
    { userId: (w: World) => w.ids.users.spareA },
  ]),
);
ROUTE_PARAMS['POST /api/patients/{patientId}/invite'] = { patientId: (w) => w.ids.sparePatient };

/** Edits that are valid on patient A's active plan: add TENS, or take it out again. */
async function toggleTens(w: World) {
  const row = await w.t.testDb.db.kysely
    .selectFrom('plan')
    .select('plan')
    .where('id', '=', await w.activePlanId(w.ids.patientA))
    .executeTakeFirstOrThrow();
  const plan = readJson(row.plan) as { interventions: { interventionId: string }[] };
  const has = plan.interventions.some((i) => i.interventionId === 'tens');
  return {
    edits: [{ kind: has ? 'remove-intervention' : 'add-intervention', interventionId: 'tens' }],
  };
}

async function journalEntry(w: World) {
  const row = await w.t.testDb.db.kysely
    .selectFrom('plan')
    .select('plan')
    .where('id', '=', await w.activePlanId(w.ids.patientA))
    .executeTakeFirstOrThrow();
  const plan = readJson(row.plan) as { exercises: { exerciseId: string }[] };
  return {
    clientKey: w.unique('entry'),
    performedOn: '2026-11-02',
    exercises: plan.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
    painBefore: 2,
    painDuring: 3,
    effort: 4,
    notes: 'Felt fine.',
  };
}

const inClinicB = (actor: ActorName) => actor === 'therapistB' || actor === 'adminB';

/**
 * A valid body for each write route (fresh where the route needs a fresh one: emails, client
 * keys, invite tokens), so that a status reflects authorization and never validation.
 */
export const VALID_BODIES: Record<RouteKey, (w: World, actor: ActorName) => unknown> = {
  'POST /api/auth/login': (_w, actor) => ({
    email: actor === 'anonymous' ? STAFF.adminB : EMAILS[actor],
    password: PASSWORD,
  }),
  'POST /api/invites/accept': async (w) => ({
    token: await w.unusedInviteToken(),
    password: PASSWORD,
    name: 'Nia Newcomer',
  }),
  'POST /api/patients': (w, actor) => ({
    displayName: 'Noor Newpatient',
    email: `${w.unique('new-patient')}@p.example`,
    phone: '07700 900456',
    therapistId: inClinicB(actor) ? w.ids.users.therapistB : w.ids.users.therapistA,
  }),
  'POST /api/patients/{patientId}/assessments': () => ({ assessment: EXAMPLE_ASSESSMENT }),
  'POST /api/patients/{patientId}/assessments/{assessmentId}/red-flag-review': () => ({
    outcome: 'cleared',
    note: 'Reviewed with the GP: nothing of concern.',
  }),
  'POST /api/patients/{patientId}/plans': (w) => ({
    assessmentId: w.ids.assessmentA,
    startDate: PLAN_START,
  }),
  'POST /api/patients/{patientId}/plans/{planId}/preview-edits': toggleTens,
  'POST /api/patients/{patientId}/plans/{planId}/publish': toggleTens,
  'POST /api/patients/{patientId}/journal': journalEntry,
  'POST /api/patients/{patientId}/morning-checks': (w) => ({
    clientKey: w.unique('morning'),
    date: '2026-11-02',
    pain: 2,
    stiffness: 'usual',
    comparedWithUsual: 'same',
  }),
  'POST /api/patients/{patientId}/proposals/{proposalId}/decision': () => ({
    decision: 'reject',
    reason: 'Progress after the next visit.',
  }),
  'POST /api/patients/{patientId}/alerts/{alertId}/acknowledge': () => ({ note: 'Seen.' }),
  // Night pain without a history of cancer: a red-flag symptom alert, no safety state, no pause.
  'POST /api/patients/{patientId}/symptom-reports': (w) => ({
    clientKey: w.unique('symptoms'),
    reportedOn: '2026-11-02',
    symptoms: ['night-pain'],
  }),
  'PATCH /api/patients/{patientId}': () => ({
    phone: '+44 20 7946 0018',
    emergencyContact: { name: 'Sam Quillfeather', phone: '07700 900123' },
  }),
  'POST /api/patients/{patientId}/engagement': () => ({ disengaged: false }),
  'PATCH /api/admin/clinic': () => ({ phone: '+44 20 7946 0000' }),
  'POST /api/patients/{patientId}/feedback': (w) => ({
    body: 'Good work this week.',
    journalEntryId: w.ids.journalEntryA,
  }),
  'POST /api/patients/{patientId}/measures': () => ({
    kind: 'fingertip-to-floor-cm',
    value: 12,
    takenOn: '2026-11-01',
  }),
  'POST /api/patients/{patientId}/questionnaire-responses': (w) => ({
    clientKey: w.unique('questionnaire'),
    instrument: 'nprs',
    answers: [3],
    takenOn: '2026-11-02',
  }),
  'POST /api/admin/invites': (w) => ({
    email: `${w.unique('colleague')}@staff.example`,
    role: 'therapist',
  }),
  'POST /api/auth/reset': async (w) => ({
    token: await w.unusedResetToken(),
    password: PASSWORD,
  }),
  'POST /api/admin/staff/{userId}/role': () => ({ role: 'therapist' }),
};

/** The URL of a route with its parameters filled in, and a valid body if it takes one. */
export async function validRequest(
  w: World,
  route: RouteKey,
  actor: ActorName,
): Promise<{ method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body: unknown }> {
  const [method = '', template = ''] = route.split(' ');
  let url = template;
  for (const [, name = ''] of template.matchAll(/\{(\w+)\}/g)) {
    const fill = ROUTE_PARAMS[route]?.[name] ?? PARAMS[name];
    if (fill === undefined) throw new Error(`no value for the path parameter ${name} of ${route}`);
    url = url.replace(`{${name}}`, encodeURIComponent(await fill(w)));
  }
  const body = VALID_BODIES[route];
  if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
    throw new Error(`unexpected method ${method}`);
  return {
    method: method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url,
    body: body === undefined ? undefined : await body(w, actor),
  };
}
