import type { AssessmentResult } from '../assessment/assess.js';
import type { Comorbidity } from '../assessment/vocabulary.js';

/** What the plan rules read about the patient, drawn once from an assessment result. */
export interface PatientFacts {
  readonly age: number;
  readonly fallsInLastYear: number;
  readonly sitToStandSeconds: number | null;
  readonly legWeakness: boolean;
  /** Symptoms in both legs (side `both`, reaching the thigh or further). */
  readonly bothLegs: boolean;
  readonly comorbidities: readonly Comorbidity[];
  /** Pregnancy trimester; an unrecorded trimester of a recorded pregnancy counts as the second. */
  readonly trimester: 1 | 2 | 3 | null;
  readonly stenosis: boolean;
  readonly walkingToleranceMinutes: number | null;
}

/** An unknown trimester is taken as the second, so supine lying is left out (the safe side). */
const UNKNOWN_TRIMESTER = 2;

/** The facts the plan rules read, from the assessment and its conclusions. */
export function patientFacts(r: AssessmentResult): PatientFacts {
  const a = r.assessment;
  const h = a.history;
  const pregnant = h.comorbidities.includes('pregnancy');
  const legs = a.symptoms.extent;
  return {
    age: a.patient.age,
    fallsInLastYear: h.fallsInLastYear ?? 0,
    sitToStandSeconds: a.measures.fiveTimesSitToStandSeconds ?? null,
    legWeakness: a.examination.legWeakness === true,
    bothLegs:
      a.symptoms.side === 'both' && (legs === 'thigh' || legs === 'below-knee' || legs === 'foot'),
    comorbidities: h.comorbidities,
    trimester: pregnant ? (h.pregnancyTrimester ?? UNKNOWN_TRIMESTER) : null,
    stenosis: r.stenosis.suspected,
    walkingToleranceMinutes: a.measures.walkingToleranceMinutes ?? null,
  };
}
