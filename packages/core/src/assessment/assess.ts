import { screenRedFlags } from '../red-flags/screen.js';
import type { ScreenResult } from '../red-flags/types.js';
import { INSTRUMENTS } from '../instruments/index.js';
import { scoreInstrument } from '../instruments/score.js';
import type { InstrumentId, ScoreOutcome } from '../instruments/types.js';
import { err, ok, type Result } from '../result.js';
import { classifyApproach, type ApproachConclusion } from '../stratification/approach.js';
import {
  findDirectionalPreference,
  type DirectionalPreferenceConclusion,
} from '../stratification/directional-preference.js';
import {
  evaluateManipulationRule,
  evaluateStabilisationRule,
  type PredictionRuleResult,
} from '../stratification/prediction-rules.js';
import { screenPsychosocial, type PsychosocialConclusion } from '../stratification/psychosocial.js';
import { classifyStage, daysBetween, type StageConclusion } from '../stratification/stage.js';
import { findStenosis, type StenosisConclusion } from '../stratification/stenosis.js';
import { matchStartBack, type StartBackConclusion } from '../stratification/start-back.js';
import { classifyTolerance, type ToleranceConclusion } from '../stratification/tolerance.js';
import { planGate, type PlanGate } from './plan-gate.js';
import { screenInputFor } from './screen-input.js';
import { formatDate, parseAssessment, toUtcDate, type FieldIssue } from './parse.js';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './schema.js';

/** Version of the rules that turn an assessment into conclusions; stored with every result. */
export const RULE_SET_VERSION = '2026.12.1';

export type QuestionnaireScores = Partial<Record<InstrumentId, ScoreOutcome>>;

export interface AssessmentResult {
  readonly ruleSetVersion: string;
  readonly schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION;
  readonly assessmentId: string | null;
  readonly asOf: string;
  readonly kind: Assessment['kind'];
  /** The validated assessment these conclusions were drawn from (defaults filled in). */
  readonly assessment: Assessment;
  readonly screen: ScreenResult;
  readonly planGate: PlanGate;
  readonly stage: StageConclusion;
  readonly pain: { readonly now: ScoreOutcome; readonly worst24h: ScoreOutcome | null };
  readonly scores: QuestionnaireScores;
  readonly startBack: StartBackConclusion | null;
  readonly approach: ApproachConclusion;
  readonly tolerance: ToleranceConclusion;
  readonly directionalPreference: DirectionalPreferenceConclusion;
  readonly predictionRules: {
    readonly manipulation: PredictionRuleResult;
    readonly stabilisation: PredictionRuleResult;
  };
  readonly psychosocial: PsychosocialConclusion;
  /** Whether the pattern of lumbar spinal stenosis is present. */
  readonly stenosis: StenosisConclusion;
  /** What was not assessed and would complete the picture. */
  readonly gaps: readonly string[];
}

export type AssessError =
  | { readonly kind: 'invalid-assessment'; readonly issues: readonly FieldIssue[] }
  | { readonly kind: 'invalid-as-of'; readonly issues: readonly FieldIssue[] };

const INVALID_AS_OF: AssessError = {
  kind: 'invalid-as-of',
  issues: [{ path: 'asOf', message: 'The as-of date must be a real date, YYYY-MM-DD.' }],
};

const QUESTIONNAIRES = ['odi', 'rmdq', 'startback', 'fabq', 'pseq'] as const;

function scoreOf(outcome: ScoreOutcome | undefined): number | null {
  return outcome?.ok === true ? outcome.value.score : null;
}

/**
 * Everything an assessment means, with reasons and evidence for each conclusion: red-flag screen,
 * scores, STarT Back risk and pathway, episode stage, treatment approach, tolerance, directional
 * preference and prediction rules. Never throws: invalid input is a returned error naming fields.
 */
export function assess(input: unknown, asOf: Date | string): Result<AssessmentResult, AssessError> {
  const date = toUtcDate(asOf);
  if (date === null) return err(INVALID_AS_OF);
  const parsed = parseAssessment(input);
  if (!parsed.ok) return err({ kind: 'invalid-assessment', issues: parsed.error });
  return assessParsed(parsed.value, date);
}

/**
 * `assess` for an assessment already validated against the schema (a server route that parsed
 * its request body with `assessmentSchema`, say), so it is not validated twice.
 */
export function assessParsed(
  a: Assessment,
  asOf: Date | string,
): Result<AssessmentResult, AssessError> {
  const date = toUtcDate(asOf);
  if (date === null) return err(INVALID_AS_OF);
  // The schema has already checked the format, so this is a real date.
  const onset = toUtcDate(a.history.onsetDate) ?? date;
  const days = daysBetween(onset, date);
  const issues = crossFieldIssues(a, date, onset, days);
  if (issues.length > 0) return err({ kind: 'invalid-assessment', issues });
  return ok(conclude(a, date, days));
}

/**
 * What the schema cannot check field by field: an onset after the assessment or before the
 * patient was born (earlier than `asOf` minus age + 1 years: a birthday may be near), and an age
 * at first onset above the patient's age.
 */
function crossFieldIssues(a: Assessment, date: Date, onset: Date, days: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const asOf = formatDate(date);
  if (days < 0) {
    issues.push({
      path: 'history.onsetDate',
      message: `The onset date ${a.history.onsetDate} is after the assessment date ${asOf}.`,
    });
  }
  const born = new Date(
    Date.UTC(date.getUTCFullYear() - (a.patient.age + 1), date.getUTCMonth(), date.getUTCDate()),
  );
  if (onset < born) {
    issues.push({
      path: 'history.onsetDate',
      message: `The onset date ${a.history.onsetDate} is before the patient was born (aged ${a.patient.age} on ${asOf}).`,
    });
  }
  const first = a.history.ageAtFirstOnset;
  if (first !== undefined && first > a.patient.age) {
    issues.push({
      path: 'history.ageAtFirstOnset',
      message: `The age at first onset (${first}) is above the patient's age (${a.patient.age}).`,
    });
  }
  return issues;
}

function conclude(a: Assessment, date: Date, days: number): AssessmentResult {
  const screen = screenRedFlags(screenInputFor(a, days));

  const scores: QuestionnaireScores = {};
  for (const id of QUESTIONNAIRES) {
    const answers = a.questionnaires[id];
    if (answers !== undefined) scores[id] = scoreInstrument(INSTRUMENTS[id], answers);
  }
  const psfs = a.questionnaires.psfs;
  if (psfs !== undefined) {
    scores.psfs = scoreInstrument(
      INSTRUMENTS.psfs,
      psfs.map((p) => p.rating),
    );
  }
  const pain = {
    now: scoreInstrument(INSTRUMENTS.nprs, [a.pain.now]),
    worst24h:
      a.pain.worst24h === undefined ? null : scoreInstrument(INSTRUMENTS.nprs, [a.pain.worst24h]),
  };

  const startScored = scores.startback?.ok === true ? scores.startback.value : null;
  const startBack = startScored === null ? null : matchStartBack(startScored);
  const fabq = scores.fabq?.ok === true ? scores.fabq.value : null;
  const fabqWork = fabq?.subscales.work ?? null;
  const odi = scoreOf(scores.odi);
  const rm = a.examination.repeatedMovements;

  return {
    ruleSetVersion: RULE_SET_VERSION,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    assessmentId: a.id ?? null,
    asOf: formatDate(date),
    kind: a.kind,
    assessment: a,
    screen,
    planGate: planGate(screen),
    stage: classifyStage(days),
    pain,
    scores,
    startBack,
    approach: classifyApproach(a.pain.now, odi),
    tolerance: classifyTolerance({
      aggravating: a.symptoms.aggravating,
      easing: a.symptoms.easing,
      repeatedFlexion: rm.flexion,
      repeatedExtension: rm.extension,
    }),
    directionalPreference: findDirectionalPreference({
      flexion: rm.flexion,
      extension: rm.extension,
      'side-glide-left': rm.sideGlideLeft,
      'side-glide-right': rm.sideGlideRight,
    }),
    predictionRules: {
      manipulation: evaluateManipulationRule({
        symptomDurationDays: days,
        extent: a.symptoms.extent,
        fabqWork,
        hipInternalRotation: a.measures.hipInternalRotationDeg,
        lumbarHypomobility: a.examination.lumbarHypomobility,
      }),
      stabilisation: evaluateStabilisationRule({
        age: a.patient.age,
        straightLegRaise: a.measures.straightLegRaiseDeg,
        aberrantMovement: a.examination.aberrantMovement,
        proneInstabilityTest: a.examination.proneInstabilityTest,
      }),
    },
    psychosocial: screenPsychosocial({
      startBackRisk: startBack?.risk ?? null,
      fabqPhysicalActivity: fabq?.subscales.physicalActivity ?? null,
      fabqWork,
      pseq: scoreOf(scores.pseq),
    }),
    stenosis: findStenosis({
      age: a.patient.age,
      extent: a.symptoms.extent,
      legNumbnessOrTingling: a.symptoms.legNumbnessOrTingling,
      aggravating: a.symptoms.aggravating,
      easing: a.symptoms.easing,
      walkingToleranceMinutes: a.measures.walkingToleranceMinutes,
    }),
    gaps: findGaps(a, scores),
  };
}

function findGaps(a: Assessment, scores: QuestionnaireScores): string[] {
  const gaps: string[] = [];
  const failed = (id: InstrumentId) => scores[id]?.ok === false;
  if (scores.startback === undefined || failed('startback')) {
    gaps.push(
      'STarT Back not scored: risk and matched pathway unknown (nice-ng59: consider at first contact).',
    );
  }
  if (scores.odi === undefined || failed('odi')) {
    gaps.push('ODI not scored: the treatment approach rests on pain alone.');
  }
  if (Object.keys(a.examination.repeatedMovements).length === 0) {
    gaps.push('Repeated movements not tested: directional preference unknown.');
  }
  if (a.goals.length === 0) gaps.push('No goals recorded.');
  return gaps;
}
