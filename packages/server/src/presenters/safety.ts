import type { Finding, Rescreen, SafetyState, SymptomReport } from '@backplan/core';
import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { SafetyOutcome } from '../db/schema.js';

/** The safety loop as the API shows it (red-flags.md: a red flag stops the programme). */
export const SAFETY_SOURCES = [
  'intake',
  'reassessment',
  'journal',
  'morning-check',
  'symptom-report',
] as const;
export type SafetySource = (typeof SAFETY_SOURCES)[number];

export const SAFETY_OUTCOMES = [
  'emergency-care',
  'referred',
  'cleared',
  'discharged',
] as const satisfies readonly SafetyOutcome[];

/** One finding as the safety detail keeps it. */
export interface SafetyFinding {
  readonly flag: string;
  readonly flagName: string;
  readonly level: string;
  readonly action: string;
  readonly patientAction: string | null;
}

/**
 * What `patient.safety_detail` and a red-flag `alert.detail` hold: where the red flag came from,
 * the symptoms reported, the findings behind it, the alert it raised, and the state it asked for
 * (`clear`: a symptom alert that did not pause the programme).
 */
export interface SafetyDetail {
  readonly source: SafetySource;
  readonly reportedAt: string;
  readonly symptoms: readonly string[];
  readonly findings: readonly SafetyFinding[];
  readonly alertId: string;
  readonly state: SafetyState;
}

const safetyFinding = z.object({
  flag: z.string(),
  flagName: z.string(),
  level: z.string(),
  action: z.string(),
  patientAction: z.string().nullable(),
});

const storedDetail = z.object({
  source: z.enum(SAFETY_SOURCES),
  reportedAt: z.string(),
  symptoms: z.array(z.string()),
  findings: z.array(safetyFinding),
  alertId: z.string(),
  state: z.enum(['clear', 'urgent', 'emergency']).default('clear'),
});

/** A stored safety detail, or null when there is none (or it is not one: an older alert). */
export function readSafetyDetail(value: unknown): SafetyDetail | null {
  if (value === null || value === undefined) return null;
  const parsed = storedDetail.safeParse(readJson(value));
  return parsed.success ? parsed.data : null;
}

export const safetyFindingOf = (f: Finding): SafetyFinding => ({
  flag: f.flag,
  flagName: f.flagName,
  level: f.level,
  action: f.action,
  patientAction: f.patientAction ?? null,
});

export const safetyDetailView = z.object({
  source: z.enum(SAFETY_SOURCES),
  reportedAt: z.string(),
  symptoms: z.array(z.string()),
  findings: z.array(safetyFinding),
  state: z.enum(['clear', 'urgent', 'emergency']),
});

export function presentSafetyDetail(d: SafetyDetail): z.output<typeof safetyDetailView> {
  return {
    source: d.source,
    reportedAt: d.reportedAt,
    symptoms: [...d.symptoms],
    findings: d.findings.map((f) => ({ ...f })),
    state: d.state,
  };
}

/**
 * The answer to a journal entry, morning check or symptom report that reported red-flag symptoms:
 * the re-screen's triage (with the latest assessment), the safety state its new findings ask for,
 * and whether the programme is paused now. Null when no red-flag symptom was reported.
 */
export const redFlagView = z.object({
  triage: z.string(),
  safety: z.enum(['clear', 'urgent', 'emergency']),
  symptoms: z.array(z.string()),
  findings: z.array(
    z.object({ flagName: z.string(), level: z.string(), patientAction: z.string().optional() }),
  ),
  /** The programme is paused: the patient's day shows what to do instead of exercises. */
  paused: z.boolean(),
});
export type RedFlagView = z.output<typeof redFlagView>;

export function presentRedFlag(check: Rescreen | null, paused: boolean): RedFlagView | null {
  if (check === null || check.symptoms.length === 0) return null;
  return {
    triage: check.result.triage,
    safety: check.safety,
    symptoms: [...check.symptoms],
    findings: check.newFindings.map((f) => ({
      flagName: f.flagName,
      level: f.level,
      ...(f.patientAction === undefined ? {} : { patientAction: f.patientAction }),
    })),
    paused,
  };
}

/** The last safety decision as `patient.last_safety_decision` keeps it. */
const storedDecision = z.object({
  outcome: z.enum(SAFETY_OUTCOMES),
  note: z.string().nullish(),
  decidedAt: z.string(),
  decidedByName: z.string().nullish(),
});

export function readSafetyDecision(value: unknown) {
  if (value === null || value === undefined) return null;
  const parsed = storedDecision.safeParse(readJson(value));
  return parsed.success ? parsed.data : null;
}

/** What a symptom report row stores: the date and the symptoms, with the patient's notes. */
export type StoredSymptomReport = SymptomReport & { readonly notes?: string };
export const storedSymptomReport = (row: { report: unknown }) =>
  readJson(row.report) as StoredSymptomReport;

export const symptomReportView = z.object({
  id: z.string(),
  clientKey: z.string(),
  reportedOn: z.string(),
  symptoms: z.array(z.string()),
  notes: z.string().optional(),
  createdAt: z.string(),
});

export function presentSymptomReport(row: {
  id: string;
  client_key: string;
  report: unknown;
  created_at: string;
}): z.output<typeof symptomReportView> {
  const r = storedSymptomReport(row);
  return {
    id: row.id,
    clientKey: row.client_key,
    reportedOn: r.reportedOn,
    symptoms: [...r.symptoms],
    ...(r.notes === undefined ? {} : { notes: r.notes }),
    createdAt: row.created_at,
  };
}

/** Why the programme is paused, as the patient's day shows it. */
export const todaySafetyView = z.object({
  state: z.enum(['urgent', 'emergency']),
  since: z.string(),
  source: z.enum(SAFETY_SOURCES).nullable(),
  symptoms: z.array(z.string()),
  /** What to do now: the findings' plain-language instructions. */
  instructions: z.array(z.string()),
});

/** The instruction when a finding carries none of its own (every urgent tier has one). */
const SEEK_CARE =
  'Stop your exercises and contact your clinic or your doctor today. If you feel very unwell, ' +
  'call emergency services.';

export function presentTodaySafety(p: {
  safety_state: SafetyState | null;
  safety_detail: unknown;
  safety_since: string | null;
}): z.output<typeof todaySafetyView> | null {
  if (p.safety_state === null || p.safety_state === 'clear') return null;
  const detail = readSafetyDetail(p.safety_detail);
  const instructions = [...new Set(detail?.findings.flatMap((f) => f.patientAction ?? []) ?? [])];
  return {
    state: p.safety_state,
    since: p.safety_since ?? detail?.reportedAt ?? '',
    source: detail?.source ?? null,
    symptoms: [...(detail?.symptoms ?? [])],
    instructions: instructions.length > 0 ? instructions : [SEEK_CARE],
  };
}

/** How long the patient's day shows the clinician's latest safety decision. */
const DECISION_SHOWN_DAYS = 14;

export function presentLastDecision(value: unknown, today: string) {
  const d = readSafetyDecision(value);
  if (d === null) return null;
  const shownUntil = new Date(Date.parse(d.decidedAt) + DECISION_SHOWN_DAYS * 86_400_000);
  if (shownUntil.toISOString().slice(0, 10) < today) return null;
  return { outcome: d.outcome, note: d.note ?? null, decidedAt: d.decidedAt };
}
