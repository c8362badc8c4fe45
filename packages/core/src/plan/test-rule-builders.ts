/** Inline assessments for the plan rule tables: one base patient, changed per case. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, type AssessmentResult } from '../assessment/assess.js';
import { CATALOG } from '../catalog/index.js';
import type { Exercise } from '../catalog/types.js';
import { generatePlan } from './generate.js';
import type { Plan } from './types.js';

const dir = fileURLToPath(new URL('../../../../examples/assessments/', import.meta.url));
/** A 29-year-old, 10 days of central back pain, bending aggravates, nothing tested. */
const BASE = JSON.parse(
  readFileSync(`${dir}15-acute-bending-only-untested.json`, 'utf8'),
) as Record<string, unknown>;

type Json = Record<string, unknown>;
/** The base assessment as a draft to change: its sections are open records. */
export type Draft = Json & {
  patient: Json;
  history: Json;
  symptoms: Json;
  pain: Json;
  questionnaires: Json;
  examination: Json;
  measures: Json;
};
/** A change to the base assessment: a function of a deep copy of it. */
export type Change = (a: Draft) => void;

export function resultOf(...changes: Change[]): AssessmentResult {
  const a = structuredClone(BASE) as Draft;
  for (const change of changes) change(a);
  const r = assess(a, '2026-11-02');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

export function planOf(...changes: Change[]): Plan {
  const p = generatePlan(resultOf(...changes), CATALOG);
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
}

export function exampleOf(name: string): Plan {
  const r = assess(JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as unknown, '2026-11-02');
  if (!r.ok) throw new Error(`example ${name} does not assess`);
  const p = generatePlan(r.value, CATALOG);
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
}

export const exercise = (id: string): Exercise => {
  const e = CATALOG.exercises.find((x) => x.id === id);
  if (e === undefined) throw new Error(id);
  return e;
};
export const ids = (p: Plan) => p.exercises.map((e) => e.exerciseId);
export const planned = (p: Plan) => p.exercises.map((e) => exercise(e.exerciseId));

// Changes that read as the clinical facts they stand for.
export const age =
  (n: number): Change =>
  (a) => {
    a.patient.age = n;
  };
export const comorbid =
  (...c: string[]): Change =>
  (a) => {
    a.history.comorbidities = c;
  };
export const trimester =
  (t: number): Change =>
  (a) => {
    a.history.pregnancyTrimester = t;
  };
export const falls =
  (n: number): Change =>
  (a) => {
    a.history.fallsInLastYear = n;
  };
export const sitToStand =
  (s: number): Change =>
  (a) => {
    a.measures.fiveTimesSitToStandSeconds = s;
  };
export const walking =
  (min: number): Change =>
  (a) => {
    a.measures.walkingMinutesPerDay = min;
  };
export const walkingTolerance =
  (min: number): Change =>
  (a) => {
    a.measures.walkingToleranceMinutes = min;
  };
export const legWeakness: Change = (a) => {
  a.examination.legWeakness = true;
};
export const repeated =
  (movements: Json): Change =>
  (a) => {
    a.examination.repeatedMovements = movements;
  };
export const goals =
  (...g: { area: string; text: string }[]): Change =>
  (a) => {
    a.goals = g;
  };
export const requests =
  (...r: string[]): Change =>
  (a) => {
    a.expectations = { requests: r };
  };
export const hierarchy =
  (...h: { activity: string; fear: number }[]): Change =>
  (a) => {
    a.fearHierarchy = h;
  };
export const chronic: Change = (a) => {
  a.history.onsetDate = '2026-01-05';
};
export const lowPain: Change = (a) => {
  a.pain.now = 2;
  a.questionnaires.odi = [1, 1, 1, 1, 0, 1, 0, 1, 1, 1];
};
export const equipment =
  (...e: string[]): Change =>
  (a) => {
    a.equipment = e;
  };
export const minutes =
  (n: number): Change =>
  (a) => {
    a.minutesPerDay = n;
  };
/** STarT Back high risk (psychosocial 5/5), item 6 "worry" agreed. */
export const startHigh: Change = (a) => {
  a.questionnaires.startback = [1, 1, 1, 1, 1, 1, 1, 1, 4];
};
/** High fear-avoidance of activity (FABQ-PA 24), STarT low: psychologically informed, not distressed. */
export const fearAvoidant: Change = (a) => {
  a.questionnaires.fabq = [0, 6, 6, 6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  a.questionnaires.startback = [0, 0, 0, 0, 0, 0, 0, 0, 0];
};
export const noQuestionnaires: Change = (a) => {
  a.questionnaires = {};
};
export const psfs =
  (...p: { activity: string; rating: number | null }[]): Change =>
  (a) => {
    a.questionnaires.psfs = p;
  };
/** Older, leg symptoms on walking and standing, eased by sitting and bending. */
export const stenosis: Change = (a) => {
  a.patient.age = 68;
  a.symptoms.extent = 'thigh';
  a.symptoms.side = 'left';
  a.symptoms.aggravating = ['walking', 'standing'];
  a.symptoms.easing = ['sitting', 'bending'];
};
