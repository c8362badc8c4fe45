/**
 * The numbers of the pain-monitoring model and the alerts (progression.md). The model comes from
 * Achilles tendinopathy (silbernagel-2007); using it for low back pain is an extrapolation, and
 * every reason that applies it says so. Alert thresholds are [design], after a commercial
 * rehabilitation product's published thresholds.
 */
export const PAIN_MONITORING = {
  maxPainDuring: 5,
  maxRiseDuring: 2,
  sessionsToProgress: 2,
  minDoneFraction: 0.9,
  maxEffortToProgress: 6,
  holdEffortFrom: 7,
  progressStep: 0.1,
  regressStep: 0.25,
  maxProgressionsPerWeek: 2,
} as const;

/** Where a dose variable stops growing and the next variable (or level) takes over [design]. */
export const DOSE_CEILINGS = {
  reps: 15,
  sets: 3,
  holdSeconds: 60,
  minutes: 30,
  metres: 40,
} as const;

export const ALERTS = {
  pain: { warningAtLeast: 5, warningRise: 1, highRise: 2, criticalAtLeast: 7 },
  /** A warning compares logged session days with the prescribed days per week. */
  engagement: { prescribedDaysAtLeast: 3, highDays: 14, criticalDays: 21 },
  function: { minDaysApart: 28, worseByFraction: 0.2 },
  /** Red-flag symptoms reported within this many days re-open the triage. */
  redFlagWindowDays: 14,
} as const;

/**
 * Recent data only (progression.md) [design]: no progression from sessions older than 14 days,
 * none while disengaged (no session for 14 days), and the first session back after 3 weeks away
 * starts one step easier.
 */
export const ENGAGEMENT = {
  recentSessionDays: 14,
  disengagedAfterDays: 14,
  easierAfterDaysAway: 21,
} as const;

/** Review points: weeks 4 to 6 without important change prompt re-assessment; discharge by 12. */
export const REVIEW = { fromWeek: 4, toWeek: 6, dischargeWeek: 12 } as const;

export const EXTRAPOLATION_NOTE =
  'Pain-monitoring model from Achilles tendinopathy (silbernagel-2007), applied here by extrapolation.';
