import type { TreatmentRequest } from '../assessment/vocabulary.js';
import type { Lesson, LessonTopic } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { PlanRequestAnswer } from './types.js';

/**
 * How the plan answers each treatment a patient asks for (evidence.md): a discouraged one gets the
 * lesson that explains why not and what helps instead, in week 1; an optional or contested one a
 * message saying what the evidence says; one outside physiotherapy a message to discuss it with
 * the GP. `discuss` answers also go to the therapist's notes.
 */
export const REQUEST_ANSWERS: Record<
  TreatmentRequest,
  {
    readonly topic: LessonTopic | null;
    readonly message: string;
    readonly evidence: readonly EvidenceId[];
    readonly discuss: boolean;
  }
> = {
  'bed-rest': {
    topic: 'bed-rest',
    message:
      'Asked for bed rest: not advised (dahm-2010, nice-ng59); the bed-rest lesson explains why staying active helps more.',
    evidence: ['dahm-2010', 'nice-ng59', 'lancet-2018'],
    discuss: false,
  },
  brace: {
    topic: 'back-supports',
    message:
      'Asked for a brace: not offered (nice-ng59, who-2023); the back-supports lesson explains why and what helps instead.',
    evidence: ['nice-ng59', 'who-2023'],
    discuss: false,
  },
  imaging: {
    topic: 'imaging',
    message:
      'Asked for a scan: routine imaging is not offered without a red flag (nice-ng59); the imaging lesson explains what scans can and cannot tell.',
    evidence: ['nice-ng59'],
    discuss: false,
  },
  ultrasound: {
    topic: 'passive-treatments',
    message:
      'Asked for ultrasound therapy: not offered (nice-ng59, who-2023); the passive-treatments lesson explains why and what helps instead.',
    evidence: ['nice-ng59', 'who-2023'],
    discuss: false,
  },
  tens: {
    topic: 'passive-treatments',
    message:
      'Asked for TENS: not offered (nice-ng59, who-2023); the passive-treatments lesson explains why and what helps instead.',
    evidence: ['nice-ng59', 'who-2023'],
    discuss: false,
  },
  traction: {
    topic: 'passive-treatments',
    message:
      'Asked for traction: not offered (nice-ng59, who-2023); the passive-treatments lesson explains why and what helps instead.',
    evidence: ['nice-ng59', 'who-2023'],
    discuss: false,
  },
  'foot-orthotics': {
    topic: 'passive-treatments',
    message:
      'Asked for foot orthotics: not offered for back pain (nice-ng59); the passive-treatments lesson explains why and what helps instead.',
    evidence: ['nice-ng59'],
    discuss: false,
  },
  manipulation: {
    topic: null,
    message:
      'Asked for manipulation: an option only alongside exercise, never on its own (nice-ng59, apta-cpg-2021); discuss whether it fits.',
    evidence: ['nice-ng59', 'apta-cpg-2021'],
    discuss: true,
  },
  massage: {
    topic: null,
    message:
      'Asked for massage: an option only alongside exercise (nice-ng59, apta-cpg-2021); discuss whether it fits.',
    evidence: ['nice-ng59', 'apta-cpg-2021'],
    discuss: true,
  },
  acupuncture: {
    topic: null,
    message:
      'Asked for acupuncture: contested; NICE advises against it, ACP and WHO allow it (nice-ng59, acp-2017, who-2023); discuss the evidence.',
    evidence: ['nice-ng59', 'acp-2017', 'who-2023'],
    discuss: true,
  },
  heat: {
    topic: null,
    message:
      'Asked for heat: superficial heat can ease acute pain (acp-2017); fine as self-care alongside staying active.',
    evidence: ['acp-2017'],
    discuss: false,
  },
  injection: {
    topic: null,
    message: 'Asked for an injection: outside physiotherapy: discuss with the GP.',
    evidence: ['nice-ng59'],
    discuss: true,
  },
  surgery: {
    topic: null,
    message: 'Asked about surgery: outside physiotherapy: discuss with the GP.',
    evidence: ['nice-ng59'],
    discuss: true,
  },
  'pain-medication': {
    topic: null,
    message: 'Asked for pain medication: outside physiotherapy: discuss with the GP.',
    evidence: ['nice-ng59'],
    discuss: true,
  },
  'exercise-programme': {
    topic: null,
    message:
      'Asked for an exercise programme: this plan is one, the core of care (apta-cpg-2021, nice-ng59).',
    evidence: ['apta-cpg-2021', 'nice-ng59'],
    discuss: false,
  },
};

/** How the patient's request reads in a sentence ("asked for a brace"). */
export const REQUEST_NAMES: Record<TreatmentRequest, string> = {
  'bed-rest': 'bed rest',
  brace: 'a brace',
  imaging: 'a scan',
  ultrasound: 'ultrasound therapy',
  tens: 'TENS',
  traction: 'traction',
  'foot-orthotics': 'foot orthotics',
  manipulation: 'manipulation',
  massage: 'massage',
  acupuncture: 'acupuncture',
  heat: 'heat',
  injection: 'an injection',
  surgery: 'surgery',
  'pain-medication': 'pain medication',
  'exercise-programme': 'an exercise programme',
};

/** The plan's answer to each request, with the lesson (taken from the catalogue) where one helps. */
export function answerRequests(
  requests: readonly TreatmentRequest[],
  lessons: readonly Lesson[],
): PlanRequestAnswer[] {
  return requests.map((request) => {
    const answer = REQUEST_ANSWERS[request];
    const lesson =
      answer.topic === null
        ? undefined
        : lessons.find((l) => l.topic === answer.topic && l.status === 'recommended');
    return {
      request,
      lessonId: lesson?.id ?? null,
      message: answer.message,
      evidence: answer.evidence,
    };
  });
}
