/** Closed vocabularies of the assessment: the schema, the rules and the forms share them. */

export const SEXES = ['female', 'male', 'other', 'not-stated'] as const;
export type Sex = (typeof SEXES)[number];

export const WORK_STATUSES = [
  'working',
  'modified-duties',
  'off-work',
  'not-working',
  'retired',
  'student',
] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const WORK_DEMANDS = ['sedentary', 'light', 'medium', 'heavy'] as const;
export type WorkDemand = (typeof WORK_DEMANDS)[number];

/** Furthest extent of symptoms, from the back outward. */
export const SYMPTOM_EXTENTS = ['back-only', 'buttock', 'thigh', 'below-knee', 'foot'] as const;
export type SymptomExtent = (typeof SYMPTOM_EXTENTS)[number];

export const SYMPTOM_SIDES = ['central', 'left', 'right', 'both'] as const;
export type SymptomSide = (typeof SYMPTOM_SIDES)[number];

export const ACTIVITIES = [
  'sitting',
  'bending',
  'lifting',
  'standing',
  'walking',
  'arching-back',
  'lying-down',
  'rising-from-sitting',
  'twisting',
  'coughing-or-sneezing',
  'driving',
  'stairs',
  'carrying',
  'moving-about',
  'resting',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Responses to repeated movement testing (McKenzie). */
export const MOVEMENT_RESPONSES = [
  'abolishes',
  'centralises',
  'decreases',
  'no-effect',
  'increases',
  'peripheralises',
] as const;
export type MovementResponse = (typeof MOVEMENT_RESPONSES)[number];

export const COMORBIDITIES = [
  'osteoporosis',
  'diabetes',
  'cardiovascular-disease',
  'hypertension',
  'obesity',
  'depression',
  'anxiety',
  'hip-osteoarthritis',
  'knee-osteoarthritis',
  'inflammatory-arthritis',
  'pregnancy',
  'chronic-widespread-pain',
  'respiratory-disease',
  'knee-pain',
  'hip-pain',
] as const;
export type Comorbidity = (typeof COMORBIDITIES)[number];

export const GOAL_AREAS = [
  'work',
  'lifting',
  'sport',
  'walking',
  'sitting',
  'sleep',
  'daily-living',
  'family',
  'social',
  'travel',
  'other',
] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

/** Exercise categories of the catalogue (shared/clinical/exercises.md). */
export const EXERCISE_CATEGORIES = [
  'aerobic',
  'mobility',
  'directional',
  'stretch',
  'neural-mobility',
  'motor-control',
  'endurance',
  'strength',
  'functional',
  'mind-body',
  'graded-exposure',
  'balance',
  'psychosocial',
] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

export const SETTINGS = ['home', 'gym', 'pool', 'group-class', 'outdoors'] as const;
export type Setting = (typeof SETTINGS)[number];

export const EQUIPMENT = [
  'mat',
  'chair',
  'wall',
  'towel',
  'step',
  'resistance-band',
  'dumbbell',
  'kettlebell',
  'stability-ball',
  'balance-board',
  'stationary-bike',
  'pool',
  'foam-roller',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/**
 * Treatments a patient may ask for (the assessment's `expectations.requests`). Some are
 * discouraged (bed rest, a brace, imaging, passive modalities), some optional or contested, some
 * outside physiotherapy; the plan answers each (nice-ng59, who-2023).
 */
export const TREATMENT_REQUESTS = [
  'bed-rest',
  'brace',
  'imaging',
  'ultrasound',
  'tens',
  'traction',
  'foot-orthotics',
  'manipulation',
  'massage',
  'acupuncture',
  'heat',
  'injection',
  'surgery',
  'pain-medication',
  'exercise-programme',
] as const;
export type TreatmentRequest = (typeof TREATMENT_REQUESTS)[number];

/** What the patient expects of their back pain with care (the assessment's `expectations.outlook`). */
export const OUTLOOKS = ['full-recovery', 'some-improvement', 'unsure', 'no-improvement'] as const;
export type Outlook = (typeof OUTLOOKS)[number];

/** Trimester of a pregnancy, recorded when `pregnancy` is among the other conditions. */
export const PREGNANCY_TRIMESTERS = [1, 2, 3] as const;
export type PregnancyTrimester = (typeof PREGNANCY_TRIMESTERS)[number];
