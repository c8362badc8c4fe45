/** The form's sections, in order; each is its own screen. */
export const STEPS = ['history', 'red-flags', 'questionnaires', 'examination', 'goals'] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: string | null): value is Step {
  return value !== null && (STEPS as readonly string[]).includes(value);
}

const SECTION_OF: Record<string, Step> = {
  assessedOn: 'history',
  kind: 'history',
  patient: 'history',
  history: 'history',
  symptoms: 'history',
  redFlags: 'red-flags',
  pain: 'questionnaires',
  questionnaires: 'questionnaires',
  examination: 'examination',
  measures: 'examination',
  fearHierarchy: 'questionnaires',
  goals: 'goals',
  expectations: 'goals',
  preferences: 'goals',
  equipment: 'goals',
  minutesPerDay: 'goals',
};

/** The field path inside the assessment: `body.assessment.patient.age` -> `patient.age`. */
export function assessmentPath(serverPath: string): string | null {
  const prefix = 'body.assessment.';
  return serverPath.startsWith(prefix) ? serverPath.slice(prefix.length) : null;
}

/**
 * The section that shows a field the server or the schema named; anything the form cannot place
 * (the whole body, say) is shown on the last section, beside the submit button.
 */
export function stepOfPath(serverPath: string): Step {
  const path = assessmentPath(serverPath);
  const head = path?.split('.')[0] ?? '';
  return SECTION_OF[head] ?? 'goals';
}
