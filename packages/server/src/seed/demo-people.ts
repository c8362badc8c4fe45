/** The demo clinic's people, and which example assessment each patient's history starts from. */
export const DEMO_PASSWORD = 'harbour-kettle-maple';

/** Numbers from the ranges set aside for drama (Ofcom): they reach nobody. */
export const DEMO_CLINIC_PHONE = '+44 20 7946 0000';

export const DEMO_STAFF = [
  { email: 'admin@demo.backplan.test', name: 'Alex Morgan', role: 'admin' },
  { email: 'priya@demo.backplan.test', name: 'Priya Shah', role: 'therapist' },
  { email: 'tom@demo.backplan.test', name: 'Tom Okafor', role: 'therapist' },
] as const;

export interface DemoPatient {
  readonly email: string;
  readonly name: string;
  readonly therapist: 'priya@demo.backplan.test' | 'tom@demo.backplan.test';
  /** The example assessment (examples/assessments) the history starts from. */
  readonly example: string;
  /** Weeks of history before today. */
  readonly weeks: number;
  /** How the patient is doing: pain falls steadily, stalls, or the patient drifts away. */
  readonly course: 'improving' | 'stalled' | 'disengaging';
  readonly phone: string;
  readonly emergencyContact?: { readonly name: string; readonly phone: string };
  /** Red-flag symptoms the patient reports through the app, hours before the demo starts. */
  readonly reports?: { readonly symptoms: readonly 'bladder-change'[]; readonly hoursAgo: number };
}

export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    email: 'maria@demo.backplan.test',
    name: 'Maria Lopez',
    therapist: 'priya@demo.backplan.test',
    example: '01-acute-flexion-intolerant-manipulation',
    // Six weeks in: her pain and ODI were last answered at the week-4 review, so the two-weekly
    // questionnaires are due again today (the demo shows them).
    weeks: 6,
    course: 'improving',
    phone: '+44 7700 900101',
  },
  {
    email: 'david@demo.backplan.test',
    name: 'David Byrne',
    therapist: 'priya@demo.backplan.test',
    example: '02-chronic-high-risk-fear-avoidance',
    weeks: 6,
    course: 'stalled',
    phone: '+44 7700 900102',
    emergencyContact: { name: 'Aoife Byrne', phone: '+44 7700 900202' },
  },
  {
    email: 'helen@demo.backplan.test',
    name: 'Helen Clarke',
    therapist: 'tom@demo.backplan.test',
    example: '03-extension-intolerant-older-adult',
    weeks: 4,
    course: 'improving',
    phone: '+44 7700 900103',
    emergencyContact: { name: 'Mark Clarke', phone: '+44 7700 900203' },
  },
  {
    email: 'james@demo.backplan.test',
    name: 'James Patel',
    therapist: 'tom@demo.backplan.test',
    example: '09-sciatica-extension-preference',
    weeks: 3,
    course: 'improving',
    phone: '+44 7700 900104',
  },
  {
    email: 'sofia@demo.backplan.test',
    name: 'Sofia Rossi',
    therapist: 'priya@demo.backplan.test',
    example: '10-reassessment-improving',
    weeks: 5,
    course: 'disengaging',
    phone: '+44 7700 900105',
  },
  {
    email: 'grace@demo.backplan.test',
    name: 'Grace Mensah',
    therapist: 'tom@demo.backplan.test',
    example: '08-stabilisation-rule-positive',
    weeks: 2,
    course: 'improving',
    phone: '+44 7700 900106',
    emergencyContact: { name: 'Kwame Mensah', phone: '+44 7700 900206' },
    // Reported a new bladder change through the app two hours before start-up: a cauda equina
    // emergency, so her programme is paused and she heads the clinic's list.
    reports: { symptoms: ['bladder-change'], hoursAgo: 2 },
  },
];
