import {
  INSTRUMENTS,
  type Activity,
  type Comorbidity,
  type Equipment,
  type ExerciseCategory,
  type GoalArea,
  type MovementResponse,
  type Outlook,
  type RedFlagAnswer,
  type RedFlagQuestionId,
  type Setting,
  type Sex,
  type SymptomExtent,
  type SymptomSide,
  type TreatmentRequest,
  type WorkDemand,
  type WorkStatus,
} from '@backplan/core';

/**
 * What the intake form holds while the therapist fills it: the Assessment's shape, with every
 * number kept as the text typed (so a half-typed value is never lost or silently changed) and
 * every unanswered choice as ''. `toAssessmentInput` turns it into the request body.
 */
export type Answer = number | null;
export type Tri = '' | 'yes' | 'no';
export type Sided = { left: string; right: string };

/** The questionnaires the form offers, in the order asked (NPRS is `pain`). */
export const QUESTIONNAIRE_IDS = ['odi', 'startback', 'fabq', 'pseq', 'rmdq'] as const;
export type QuestionnaireId = (typeof QUESTIONNAIRE_IDS)[number];
export const REPEATED_MOVEMENTS = [
  'flexion',
  'extension',
  'sideGlideLeft',
  'sideGlideRight',
] as const;
export type RepeatedMovement = (typeof REPEATED_MOVEMENTS)[number];

export interface PsfsRow {
  activity: string;
  rating: string;
}

/** One feared activity for graded exposure: the fear 0-100 kept as typed. */
export interface FearRow {
  activity: string;
  fear: string;
}

export interface Draft {
  assessedOn: string;
  kind: 'initial' | 'reassessment';
  patient: {
    age: string;
    sex: Sex | '';
    workStatus: WorkStatus | '';
    workDemand: WorkDemand | '';
    occupation: string;
  };
  history: {
    onsetDate: string;
    onsetType: '' | 'sudden' | 'gradual';
    mechanism: string;
    previousEpisodes: string;
    comorbidities: Comorbidity[];
    /** When back pain first began, any episode (years of age). */
    ageAtFirstOnset: string;
    fallsInLastYear: string;
    /** Sent only while pregnancy is ticked. */
    pregnancyTrimester: '' | '1' | '2' | '3';
    /** One per line. */
    medications: string;
    treatmentsTried: string;
  };
  symptoms: {
    extent: SymptomExtent | '';
    side: SymptomSide | '';
    pattern: '' | 'constant' | 'intermittent';
    legNumbnessOrTingling: boolean;
    morningStiffnessMinutes: string;
    aggravating: Activity[];
    easing: Activity[];
  };
  pain: { now: string; worst24h: string };
  /** Yes, no, or not asked with the reason (kept as typed; the schema checks it is given). */
  redFlags: Partial<Record<RedFlagQuestionId, RedFlagAnswer>>;
  /** Which questionnaires are recorded; answers are kept when one is switched off and on. */
  included: (QuestionnaireId | 'psfs')[];
  answers: Record<QuestionnaireId, Answer[]>;
  psfs: PsfsRow[];
  examination: {
    lumbarHypomobility: Tri;
    aberrantMovement: Tri;
    proneInstabilityTest: '' | 'positive' | 'negative';
    repeatedMovements: Record<RepeatedMovement, MovementResponse | ''>;
    temperatureCelsius: string;
    legWeakness: Tri;
  };
  measures: {
    fingertipToFloorCm: string;
    straightLegRaiseDeg: Sided;
    hipInternalRotationDeg: Sided;
    bieringSorensenSeconds: string;
    trunkFlexorEnduranceSeconds: string;
    sideBridgeSeconds: Sided;
    fiveTimesSitToStandSeconds: string;
    walkingMinutesPerDay: string;
    walkingToleranceMinutes: string;
    stepsPerDay: string;
  };
  /** What the patient asks for and expects of care. */
  expectations: { requests: TreatmentRequest[]; outlook: Outlook | ''; notes: string };
  /** Empty until the therapist records feared activities. */
  fearHierarchy: FearRow[];
  goals: { area: GoalArea; text: string }[];
  preferences: { likes: ExerciseCategory[]; dislikes: ExerciseCategory[]; settings: Setting[] };
  equipment: Equipment[];
  minutesPerDay: string;
}

/** A questionnaire's answers before any is given: one null per item of the core's definition. */
const blank = (id: QuestionnaireId): Answer[] => INSTRUMENTS[id].items.map(() => null);
const sided = (): Sided => ({ left: '', right: '' });

/** An empty form, dated `today` (YYYY-MM-DD, the therapist's day). */
export function emptyDraft(today: string): Draft {
  return {
    assessedOn: today,
    kind: 'initial',
    patient: { age: '', sex: '', workStatus: '', workDemand: '', occupation: '' },
    history: {
      onsetDate: '',
      onsetType: '',
      mechanism: '',
      previousEpisodes: '',
      comorbidities: [],
      ageAtFirstOnset: '',
      fallsInLastYear: '',
      pregnancyTrimester: '',
      medications: '',
      treatmentsTried: '',
    },
    symptoms: {
      extent: '',
      side: '',
      pattern: '',
      legNumbnessOrTingling: false,
      morningStiffnessMinutes: '',
      aggravating: [],
      easing: [],
    },
    pain: { now: '', worst24h: '' },
    redFlags: {},
    // NICE NG59 asks for STarT Back at first contact; the ODI feeds the treatment approach.
    included: ['odi', 'startback'],
    answers: {
      odi: blank('odi'),
      startback: blank('startback'),
      fabq: blank('fabq'),
      pseq: blank('pseq'),
      rmdq: blank('rmdq'),
    },
    psfs: [
      { activity: '', rating: '' },
      { activity: '', rating: '' },
      { activity: '', rating: '' },
    ],
    examination: {
      lumbarHypomobility: '',
      aberrantMovement: '',
      proneInstabilityTest: '',
      repeatedMovements: { flexion: '', extension: '', sideGlideLeft: '', sideGlideRight: '' },
      temperatureCelsius: '',
      legWeakness: '',
    },
    measures: {
      fingertipToFloorCm: '',
      straightLegRaiseDeg: sided(),
      hipInternalRotationDeg: sided(),
      bieringSorensenSeconds: '',
      trunkFlexorEnduranceSeconds: '',
      sideBridgeSeconds: sided(),
      fiveTimesSitToStandSeconds: '',
      walkingMinutesPerDay: '',
      walkingToleranceMinutes: '',
      stepsPerDay: '',
    },
    expectations: { requests: [], outlook: '', notes: '' },
    fearHierarchy: [],
    goals: [],
    preferences: { likes: [], dislikes: [], settings: [] },
    equipment: [],
    minutesPerDay: '',
  };
}

/** A change to the draft: every control goes through this one function. */
export type Update = (change: (d: Draft) => Draft) => void;

type ObjectSection =
  | 'patient'
  | 'history'
  | 'symptoms'
  | 'pain'
  | 'examination'
  | 'measures'
  | 'expectations'
  | 'preferences';

/** Sets some fields of one section of the draft. */
export function patchSection<K extends ObjectSection>(
  update: Update,
  key: K,
  patch: Partial<Draft[K]>,
): void {
  update((d) => ({ ...d, [key]: { ...d[key], ...patch } }));
}

export interface SectionProps {
  readonly draft: Draft;
  readonly update: Update;
}
