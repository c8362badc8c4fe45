import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * The database, as Kysely sees it. Timestamps and dates are ISO strings on both dialects (the
 * dialect module converts PostgreSQL's values on read); JSON columns hold serialised JSON text on
 * SQLite and jsonb on PostgreSQL, read back through `readJson`. Every table of patient data
 * carries `clinic_id` and includes it in its primary key, ready to shard by clinic.
 */
type Timestamp = string;
type Json = ColumnType<unknown, string, string>;

export interface ClinicTable {
  id: string;
  name: string;
  /** Shown to patients on the seek-care screen; set by an admin. */
  phone: string | null;
  created_at: Timestamp;
}

export type Role = 'admin' | 'therapist' | 'patient';

export interface UserTable {
  id: string;
  clinic_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  status: 'active' | 'disabled';
  created_at: Timestamp;
}

/** Sign-in guesses per e-mail (its hash), known or not, in the current window (migration 0007). */
export interface SignInGuardTable {
  key_hash: string;
  guesses: number;
  /** ISO text on both dialects: compared as text in the atomic upsert. */
  window_start: string;
}

/** A single-purpose, one-time password-reset token for a staff account (migration 0007). */
export interface PasswordResetTable {
  token_hash: string;
  clinic_id: string;
  user_id: string;
  created_by: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SessionTable {
  /** SHA-256 of the session token: a stolen database does not give working cookies. */
  id_hash: string;
  user_id: string;
  clinic_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface InviteTable {
  token_hash: string;
  clinic_id: string;
  role: Role;
  email: string;
  patient_id: string | null;
  created_by: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PatientTable {
  clinic_id: string;
  id: string;
  user_id: string | null;
  therapist_id: string;
  display_name: string;
  email: string;
  status: 'active' | 'discharged' | 'erased';
  created_at: Timestamp;
  phone: string | null;
  emergency_contact_name: string | null;
  emergency_contact_phone: string | null;
  /** The patient-level safety state (red-flags.md): urgent or emergency until a clinician decides. */
  safety_state: Generated<SafetyState>;
  /** Why: the findings, the source (intake, journal...), the symptoms, the alert; null when clear. */
  safety_detail: Json | null;
  safety_since: Timestamp | null;
  /** Set while the programme is paused (a safety state, or after emergency care until a new plan). */
  programme_paused_at: Timestamp | null;
  /** The latest recorded safety decision, as the patient is told it. */
  last_safety_decision: Json | null;
  /** Marked disengaged by a clinician (the engagement alert proposes it); null when engaged. */
  disengaged_at: Timestamp | null;
}

export type SafetyState = 'clear' | 'urgent' | 'emergency';

export interface EpisodeTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  onset_date: string;
  status: 'open' | 'closed';
  created_at: Timestamp;
}

export interface AssessmentTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  episode_id: string;
  kind: 'initial' | 'reassessment';
  assessed_on: string;
  answers: Json;
  result: Json;
  triage: string;
  rule_version: string;
  created_by: string;
  created_at: Timestamp;
}

export interface RedFlagReviewTable {
  clinic_id: string;
  id: string;
  assessment_id: string;
  reviewed_by: string;
  reviewed_on: string;
  outcome: string;
  created_by: string;
  created_at: Timestamp;
}

export interface PlanTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  episode_id: string;
  assessment_id: string;
  version: number;
  /** A draft is invisible to the patient until a therapist publishes it. */
  status: 'draft' | 'active' | 'superseded';
  plan: Json;
  rule_version: string;
  created_by: string;
  created_at: Timestamp;
}

export interface JournalEntryTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  plan_id: string;
  /** Client-generated idempotency key: a retried POST never adds a second row. */
  client_key: string;
  performed_on: string;
  entry: Json;
  created_at: Timestamp;
}

export interface MorningCheckTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  client_key: string;
  date: string;
  check: Json;
  created_at: Timestamp;
}

export interface MeasureTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  /** An instrument id (odi, nprs...) or a physical measure (fingertip-to-floor-cm...). */
  kind: string;
  side: string | null;
  value: number;
  answers: Json | null;
  taken_on: string;
  /** The patient's device's idempotency key (questionnaires); null for what staff record. */
  client_key: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ProposalTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  plan_id: string;
  exercise_id: string;
  action: 'progress' | 'hold' | 'regress';
  proposal: Json;
  status: 'open' | 'accepted' | 'rejected' | 'superseded';
  decided_by: string | null;
  decided_at: Timestamp | null;
  /** The reason given for a rejection, or the note on an accepted (possibly adjusted) change. */
  decision_note: string | null;
  created_at: Timestamp;
}

export interface AlertTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  type: string;
  level: 'warning' | 'high' | 'critical';
  message: string;
  on_date: string;
  /** One open alert per patient, type and date. */
  dedupe_key: string;
  status: 'open' | 'acknowledged';
  acknowledged_by: string | null;
  created_at: Timestamp;
  /** The recorded outcome of a red-flag alert (required to close one); null for other alerts. */
  outcome: SafetyOutcome | null;
  /** The clinician's optional note on closing the alert. */
  note: string | null;
  decided_at: Timestamp | null;
  /** A red-flag alert's findings, source and symptoms; null for other alerts. */
  detail: Json | null;
}

/** What a clinician did about a red flag (red-flags.md: closed only by a recorded outcome). */
export type SafetyOutcome = 'emergency-care' | 'referred' | 'cleared' | 'discharged';

/** Red-flag symptoms a patient reports outside a session (allowed while the programme is paused). */
export interface SymptomReportTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  client_key: string;
  reported_on: string;
  report: Json;
  created_at: Timestamp;
}

export interface FeedbackTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  journal_entry_id: string | null;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

/** A record whose patient is due for re-evaluation of proposals and alerts (the outbox). */
export interface EvaluationDueTable {
  clinic_id: string;
  patient_id: string;
  /** The record's id (a journal entry's, a morning check's, a questionnaire answer's measure). */
  id: string;
  /** The date to evaluate as of: the record's date, or today when later. */
  as_of: string;
  since: Timestamp;
}

export interface AuditEventTable {
  id: string;
  clinic_id: string;
  user_id: string | null;
  role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  patient_id: string | null;
  request_id: string;
  ip: string | null;
  at: Timestamp;
  /** `allowed`, or `refused` with the refusal's code in `reason` (migration 0008). */
  outcome: Generated<'allowed' | 'refused'>;
  reason: string | null;
}

/** A refused request with no valid session: no clinic, no user (migration 0008). */
export interface AnonymousAuditEventTable {
  id: string;
  action: string;
  /** The method and route pattern (`GET /api/patients/:patientId`), never the URL. */
  route: string;
  reason: string;
  request_id: string;
  ip: string | null;
  at: Timestamp;
}

export interface Database {
  clinic: ClinicTable;
  user: UserTable;
  session: SessionTable;
  invite: InviteTable;
  sign_in_guard: SignInGuardTable;
  password_reset: PasswordResetTable;
  patient: PatientTable;
  episode: EpisodeTable;
  assessment: AssessmentTable;
  red_flag_review: RedFlagReviewTable;
  plan: PlanTable;
  journal_entry: JournalEntryTable;
  morning_check: MorningCheckTable;
  measure: MeasureTable;
  proposal: ProposalTable;
  alert: AlertTable;
  symptom_report: SymptomReportTable;
  feedback: FeedbackTable;
  audit_event: AuditEventTable;
  anonymous_audit_event: AnonymousAuditEventTable;
  evaluation_due: EvaluationDueTable;
}

export type UserRow = Selectable<UserTable>;
export type InviteRow = Selectable<InviteTable>;
export type PatientRow = Selectable<PatientTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
