import type { Equipment, ExerciseCategory, GoalArea } from '../assessment/vocabulary.js';
import type { EvidenceId } from '../evidence.js';

/**
 * How the evidence stands on a catalogue entry (shared/clinical/evidence.md). The plan generator
 * only ever proposes `recommended` and `optional` entries; a clinician who adds a `contested` or
 * `discouraged` one sees a warning with the reason.
 */
export type EvidenceStatus = 'recommended' | 'optional' | 'contested' | 'discouraged';

/**
 * Tolerance tags (exercises.md): `FI` / `EI` = avoid or limit early when flexion / extension
 * intolerant; `suits-FI` / `suits-EI` = a good choice for that pattern.
 */
export type ToleranceTag = 'FI' | 'EI' | 'suits-FI' | 'suits-EI';

/**
 * What an exercise asks of the joints and spine, beyond its position, so that a recorded
 * condition can leave it out (exercises.md, "Selection rules that clinicians expect"):
 * `deep-knee-flexion` (knees bent well past a right angle under load or at end range, e.g. a deep
 * squat or lunge), `deep-hip-flexion` (hips folded towards end range, e.g. knees to chest),
 * `loaded-spinal-flexion` (the trunk bent forward against load or gravity, e.g. a curl-up),
 * `spinal-twist` (the trunk rotated towards end range).
 */
export type Demand =
  'deep-knee-flexion' | 'deep-hip-flexion' | 'loaded-spinal-flexion' | 'spinal-twist';

/** The direction a directional exercise loads the spine (McKenzie). */
export type MovementDirection = 'extension' | 'flexion' | 'side-glide';

export type BodyFocus =
  | 'lumbar-spine'
  | 'thoracic-spine'
  | 'trunk'
  | 'hips'
  | 'glutes'
  | 'hamstrings'
  | 'hip-flexors'
  | 'quadriceps'
  | 'legs'
  | 'sciatic-nerve'
  | 'balance'
  | 'cardiovascular'
  | 'whole-body'
  | 'breathing';

export type Position =
  | 'standing'
  | 'sitting'
  | 'supine'
  | 'prone'
  | 'side-lying'
  | 'quadruped'
  | 'kneeling'
  | 'half-kneeling'
  | 'walking'
  | 'cycling'
  | 'in-water';

/**
 * A dose. `sets` x `reps` (optionally each side), or `sets` x holds of `holdSeconds`, or
 * `minutes` of continuous activity, or `sets` x `metres` carried. Load is free text ("light
 * dumbbell", "body weight") because patients' equipment varies.
 */
export type Dose =
  | {
      readonly kind: 'reps';
      readonly sets: number;
      readonly reps: number;
      readonly perSide: boolean;
      readonly load?: string;
    }
  | {
      readonly kind: 'hold';
      readonly sets: number;
      readonly holdSeconds: number;
      readonly perSide: boolean;
    }
  | { readonly kind: 'duration'; readonly minutes: number }
  | {
      readonly kind: 'distance';
      readonly sets: number;
      readonly metres: number;
      readonly load?: string;
    };

/** How often: sessions a day and days a week. */
export interface Frequency {
  readonly timesPerDay: number;
  readonly daysPerWeek: number;
}

export interface Exercise {
  /** Stable kebab-case id, e.g. `prone-press-up`. */
  readonly id: string;
  readonly name: string;
  readonly category: ExerciseCategory;
  readonly focus: readonly BodyFocus[];
  /** 1 (easiest) to 5. */
  readonly level: 1 | 2 | 3 | 4 | 5;
  /** What the patient must have; an empty list needs nothing but floor space (a mat helps). */
  readonly equipment: readonly Equipment[];
  readonly position: Position;
  /** One sentence, our words: what it is for. */
  readonly purpose: string;
  readonly dose: Dose;
  readonly frequency: Frequency;
  /** Step-by-step instructions, our own words, plain language. */
  readonly steps: readonly string[];
  /** Safety cues: when to stop, what to avoid, what is normal. */
  readonly safety: readonly string[];
  readonly tolerance: readonly ToleranceTag[];
  readonly direction?: MovementDirection;
  /** What it asks of the knees, hips and spine; absent or empty when it asks none of these. */
  readonly demands?: readonly Demand[];
  /** Goals this exercise serves directly. */
  readonly goals: readonly GoalArea[];
  /** The progression chain it belongs to; previous/next are exercise ids in that chain. */
  readonly chain: { readonly id: string; readonly previous?: string; readonly next?: string };
  readonly evidence: readonly EvidenceId[];
  readonly status: EvidenceStatus;
}

export interface CheckQuestion {
  readonly question: string;
  readonly options: readonly string[];
  /** Index of the right option. */
  readonly answer: number;
  /** Why, shown after the patient answers. */
  readonly explanation: string;
}

export type LessonTopic =
  | 'pain-science'
  | 'natural-history'
  | 'stay-active'
  | 'bed-rest'
  | 'pacing'
  | 'graded-activity'
  | 'posture-variety'
  | 'workstation'
  | 'lifting'
  | 'sleep'
  | 'stress-mood'
  | 'relaxation'
  | 'flare-up-plan'
  | 'return-to-work'
  | 'when-to-seek-help'
  | 'imaging'
  | 'back-supports'
  | 'passive-treatments'
  | 'stenosis';

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly topic: LessonTopic;
  /** One-line summary for lists. */
  readonly summary: string;
  /** Paragraphs, plain language, our own words; a few hundred words in all. */
  readonly body: readonly string[];
  readonly keyPoints: readonly string[];
  readonly checkQuestions: readonly CheckQuestion[];
  readonly minutes: number;
  readonly evidence: readonly EvidenceId[];
  readonly status: EvidenceStatus;
}

/** Care the therapist delivers or advises outside the home exercise programme. */
export interface Intervention {
  readonly id: string;
  readonly name: string;
  /** `clinic`: delivered by the therapist; `self-care`: advice the patient carries out. */
  readonly setting: 'clinic' | 'self-care';
  readonly description: string;
  readonly status: EvidenceStatus;
  /** For contested and discouraged entries: why, in a sentence a clinician accepts. */
  readonly reason?: string;
  /** Manual therapy and needling: only ever alongside exercise (nice-ng59, apta-cpg-2021). */
  readonly onlyWithExercise: boolean;
  readonly evidence: readonly EvidenceId[];
}

export interface Catalog {
  readonly version: string;
  readonly exercises: readonly Exercise[];
  readonly lessons: readonly Lesson[];
  readonly interventions: readonly Intervention[];
}
