import type { Lesson } from '../types.js';
import { DAILY_LIFE_LESSONS } from './daily-life.js';
import { MIND_AND_BODY_LESSONS } from './mind-and-body.js';
import { SPINAL_STENOSIS_LESSONS } from './spinal-stenosis.js';
import { STAYING_ACTIVE_LESSONS } from './staying-active.js';
import { TREATMENT_QUESTION_LESSONS } from './treatment-questions.js';
import { UNDERSTANDING_PAIN_LESSONS } from './understanding-pain.js';
import { WORK_AND_SAFETY_LESSONS } from './work-and-safety.js';

/**
 * Every education lesson, one per `LessonTopic`, in the order a patient would meet them: how
 * pain works first, then activity, daily life, the mind, and getting back to normal; then the
 * answers to treatments a patient may ask for, and advice for suspected stenosis. All are
 * written in our own words (exercises.md, claims.md).
 */
export const LESSONS = [
  ...UNDERSTANDING_PAIN_LESSONS,
  ...STAYING_ACTIVE_LESSONS,
  ...DAILY_LIFE_LESSONS,
  ...MIND_AND_BODY_LESSONS,
  ...WORK_AND_SAFETY_LESSONS,
  ...TREATMENT_QUESTION_LESSONS,
  ...SPINAL_STENOSIS_LESSONS,
] as const satisfies readonly Lesson[];

/** A lesson's stable id, e.g. `lesson-pain-science`. */
export type LessonId = (typeof LESSONS)[number]['id'];
