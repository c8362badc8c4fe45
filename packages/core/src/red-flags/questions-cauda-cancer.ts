import type { RedFlagQuestion } from './types.js';

/**
 * Intake questions for cauda equina, cord compression and malignancy, in our own words.
 * Cauda equina items ask about the last 14 days: the pathway is for new or worsening
 * symptoms, and long-standing stable ones would send the wrong people to the emergency
 * department (finucane-2020).
 */
export const CAUDA_CANCER_QUESTIONS = [
  {
    id: 'saddle-numbness',
    flags: ['cauda-equina'],
    text: 'New or worsening (last 14 days) numbness or altered sensation in the saddle, genital or perianal area.',
    patientText:
      'In the last 2 weeks, has the skin between your legs, around your genitals or around your back passage started to feel numb or different, or got worse?',
  },
  {
    id: 'bladder-change',
    flags: ['cauda-equina'],
    text: 'New or worsening (last 14 days) bladder disturbance: hesitancy, retention, incontinence or reduced awareness of a full bladder.',
    patientText:
      'In the last 2 weeks, have you had new trouble starting to pass urine, been unable to empty your bladder, leaked, or stopped feeling when your bladder is full?',
  },
  {
    id: 'bowel-change',
    flags: ['cauda-equina'],
    text: 'New or worsening (last 14 days) faecal incontinence or loss of rectal sensation.',
    patientText:
      'In the last 2 weeks, have you lost control of your bowels, or stopped feeling when you need to open them?',
  },
  {
    id: 'sexual-dysfunction',
    flags: ['cauda-equina'],
    text: 'New or worsening (last 14 days) sexual dysfunction, such as reduced genital sensation or new erectile or ejaculatory problems.',
    patientText:
      'In the last 2 weeks, have you noticed new changes in sexual function or in feeling during sex?',
  },
  {
    id: 'bilateral-leg-symptoms',
    flags: ['cauda-equina'],
    text: 'New or worsening (last 14 days) pain or weakness affecting both legs.',
    patientText: 'In the last 2 weeks, have you had new or worse pain or weakness in both legs?',
  },
  {
    id: 'progressive-leg-weakness',
    flags: ['cauda-equina'],
    text: 'Leg weakness that has progressed over the last 14 days.',
    patientText:
      'In the last 2 weeks, has weakness in one or both of your legs been getting worse?',
  },
  {
    id: 'cancer-history',
    flags: ['cord-compression-cancer', 'malignancy'],
    text: 'Current or past history of cancer.',
    patientText: 'Have you ever been told you have cancer, either now or in the past?',
  },
  {
    id: 'thoracic-pain',
    flags: ['cord-compression-cancer'],
    text: 'Pain in the thoracic spine.',
    patientText:
      'Do you have pain in the middle or upper part of your back, around your shoulder blades?',
  },
  {
    id: 'progressive-unremitting-pain',
    flags: ['cord-compression-cancer'],
    text: 'Spinal pain that is progressive, or severe and unremitting.',
    patientText: 'Is your back pain steadily getting worse, or severe and never easing off?',
  },
  {
    id: 'pain-worse-straining',
    flags: ['cord-compression-cancer'],
    text: 'Spinal pain aggravated by straining, coughing or sneezing.',
    patientText: 'Does coughing, sneezing or straining on the toilet make your back pain worse?',
  },
  {
    id: 'night-pain-stops-sleep',
    flags: ['cord-compression-cancer'],
    text: 'Night pain severe enough to prevent sleep.',
    patientText:
      'Is the pain at night bad enough to stop you getting to sleep or to keep waking you?',
  },
  {
    id: 'spinal-tenderness',
    flags: ['cord-compression-cancer'],
    text: 'Localised tenderness of the spine on palpation.',
    patientText: 'Is there one spot on your spine that hurts when it is pressed?',
  },
  {
    id: 'neurological-deficit',
    flags: ['cord-compression-cancer', 'fracture'],
    text: 'Neurological signs or symptoms: limb weakness, sensory loss, unsteady gait or altered reflexes.',
    patientText:
      'Have you noticed weakness, numbness, clumsiness or trouble walking in your arms or legs?',
  },
  {
    id: 'unexplained-weight-loss',
    flags: ['malignancy'],
    text: 'Weight loss without a known cause.',
    patientText: 'Have you lost weight recently without trying to?',
  },
  {
    id: 'no-improvement-4-weeks',
    flags: ['malignancy'],
    text: 'No improvement after about 4 weeks of appropriate care.',
    patientText:
      'Have you had about 4 weeks of care for this back pain without it getting any better?',
  },
] as const satisfies readonly RedFlagQuestion[];
