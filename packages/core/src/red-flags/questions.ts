import { CAUDA_CANCER_QUESTIONS } from './questions-cauda-cancer.js';
import { FRACTURE_INFECTION_AXSPA_QUESTIONS } from './questions-fracture-infection-axspa.js';
import type { JournalRedFlagSymptom, RedFlagQuestion, RedFlagQuestionId } from './types.js';

/**
 * Every red-flag intake question, one per `RedFlagQuestionId`, clinician and patient wording in
 * our own words (red-flags.md; finucane-2020, nice-ng59). Order is the order they are asked.
 */
export const RED_FLAG_QUESTIONS = [
  ...CAUDA_CANCER_QUESTIONS,
  ...FRACTURE_INFECTION_AXSPA_QUESTIONS,
] as const satisfies readonly RedFlagQuestion[];

/** The question ids in asking order. */
export const RED_FLAG_QUESTION_IDS: readonly RedFlagQuestionId[] = RED_FLAG_QUESTIONS.map(
  (question) => question.id,
);

/**
 * Symptoms a patient can report in a journal entry; each one re-runs the screen with the
 * questions it answers yes (red-flags.md: the screen runs whenever a journal entry reports one).
 */
export const JOURNAL_RED_FLAG_SYMPTOMS = [
  {
    id: 'saddle-numbness',
    patientLabel: 'Numbness or an odd feeling between my legs or around my bottom',
    answersYes: ['saddle-numbness'],
  },
  {
    id: 'bladder-change',
    patientLabel:
      'A change in my bladder: trouble peeing, leaking, or not feeling when I need to go',
    answersYes: ['bladder-change'],
  },
  {
    id: 'bowel-change',
    patientLabel: 'A change in my bowels: accidents, or not feeling when I need to go',
    answersYes: ['bowel-change'],
  },
  {
    // Reported in a journal it is new since the last screen, so it is both two-sided and
    // worsening; either answer alone routes to the emergency department.
    id: 'weakness-both-legs',
    patientLabel: 'Weakness in both legs',
    answersYes: ['bilateral-leg-symptoms', 'progressive-leg-weakness'],
  },
  {
    id: 'fever',
    patientLabel: 'A fever, or feeling hot and shivery',
    answersYes: ['fever'],
  },
  {
    id: 'unexplained-weight-loss',
    patientLabel: 'Losing weight without trying',
    answersYes: ['unexplained-weight-loss'],
  },
  {
    id: 'night-pain',
    patientLabel: 'Pain at night that stops me sleeping',
    answersYes: ['night-pain-stops-sleep'],
  },
] as const satisfies readonly JournalRedFlagSymptom[];
