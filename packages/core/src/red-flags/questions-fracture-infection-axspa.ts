import type { RedFlagQuestion } from './types.js';

/**
 * Intake questions for fracture, infection and axial spondyloarthritis, in our own words.
 * The spondyloarthritis features paraphrase the NICE NG65 referral criteria, which nice-ng59
 * points to when considering alternative diagnoses.
 */
export const FRACTURE_INFECTION_AXSPA_QUESTIONS = [
  {
    id: 'significant-trauma',
    flags: ['fracture'],
    text: 'Recent significant trauma, such as a fall from a height or a road traffic collision.',
    patientText: 'Did this pain start after a serious accident, such as a bad fall or a car crash?',
  },
  {
    id: 'minor-trauma-osteoporosis',
    flags: ['fracture'],
    text: 'Minor trauma (a fall from standing, a knock or a lift) with known or suspected osteoporosis.',
    patientText:
      'Do you have thin or weak bones (osteoporosis), and did the pain start after a small fall, knock or lift?',
  },
  {
    id: 'long-term-corticosteroids',
    flags: ['fracture'],
    text: 'Prolonged use of oral corticosteroids.',
    patientText:
      'Have you taken steroid tablets, such as prednisolone, for several months or more?',
  },
  {
    id: 'bruise-over-spine',
    flags: ['fracture'],
    text: 'Bruising or abrasion over the spine.',
    patientText: 'Is there a bruise, graze or scrape on the skin over your spine?',
  },
  {
    id: 'fever',
    flags: ['infection'],
    text: 'Current or recent fever.',
    patientText: 'Do you have a fever, or have you recently felt hot and shivery?',
  },
  {
    id: 'systemically-unwell',
    flags: ['infection'],
    text: 'Systemically unwell: rigors, malaise or night sweats.',
    patientText:
      'Do you feel generally ill in yourself, for example shaky, sweaty at night or far more tired than usual?',
  },
  {
    id: 'iv-drug-use',
    flags: ['infection'],
    text: 'Current or past intravenous drug use.',
    patientText: 'Have you ever injected drugs?',
  },
  {
    id: 'immunosuppression',
    flags: ['infection'],
    text: 'Immunosuppression from medication, chemotherapy, HIV or another condition.',
    patientText:
      'Do you take medicine that lowers your immunity, or have a condition that weakens your immune system?',
  },
  {
    id: 'recent-infection-or-spinal-procedure',
    flags: ['infection'],
    text: 'Recent bacterial infection (such as urinary or skin) or recent spinal surgery, injection or other invasive procedure.',
    patientText:
      'Recently, have you had an infection (for example of your bladder or skin), or an operation, injection or other procedure on your spine?',
  },
  {
    id: 'waking-second-half-night',
    flags: ['axial-spondyloarthritis'],
    text: 'Woken by back pain in the second half of the night.',
    patientText: 'Does back pain wake you in the early hours, in the second half of the night?',
  },
  {
    id: 'buttock-pain',
    flags: ['axial-spondyloarthritis'],
    text: 'Buttock pain, persistent or alternating between sides.',
    patientText: 'Do you get pain in your buttocks, on one side or switching from side to side?',
  },
  {
    id: 'better-with-movement',
    flags: ['axial-spondyloarthritis'],
    text: 'Back pain eases with movement but not with rest.',
    patientText: 'Does your back feel better when you move about, but not when you rest?',
  },
  {
    id: 'nsaid-response',
    flags: ['axial-spondyloarthritis'],
    text: 'Clear improvement within 48 hours of starting an NSAID.',
    patientText:
      'Has an anti-inflammatory painkiller, such as ibuprofen or naproxen, helped your back a lot within 2 days of starting it?',
  },
  {
    id: 'family-history-spondyloarthritis',
    flags: ['axial-spondyloarthritis'],
    text: 'First-degree relative with spondyloarthritis.',
    patientText:
      'Does a parent, brother, sister or child of yours have ankylosing spondylitis or another inflammatory spine condition?',
  },
  {
    id: 'arthritis',
    flags: ['axial-spondyloarthritis'],
    text: 'Current or past inflammatory arthritis.',
    patientText: 'Now or in the past, have any of your joints been swollen, hot and painful?',
  },
  {
    id: 'enthesitis',
    flags: ['axial-spondyloarthritis'],
    text: 'Current or past enthesitis, for example at the Achilles or plantar fascia insertion.',
    patientText:
      'Have you had pain and swelling where a tendon joins the bone, such as at the back of your heel or under your foot?',
  },
  {
    id: 'psoriasis',
    flags: ['axial-spondyloarthritis'],
    text: 'Current or past psoriasis.',
    patientText: 'Have you ever had psoriasis, patches of red, scaly skin?',
  },
] as const satisfies readonly RedFlagQuestion[];
