/**
 * Cut-offs of the classification rules. Those marked [design] are Backplan's choices where no
 * source fixes the number (shared/clinical/README.md): named here so a clinic's governance can
 * review them, and quoted in the reasons the software shows.
 */
export const THRESHOLDS = {
  /** Episode stage in days since onset: acute < 6 weeks, chronic > 12 weeks (nice-ng59, apta-cpg-2021). */
  stage: { acuteBeforeDays: 42, chronicAfterDays: 84 },
  /** TBC approach by pain and disability [design, after tbc-2016]. */
  approach: {
    symptomModulation: { nprsAtLeast: 7, odiAbove: 40 },
    movementControl: { nprsAtLeast: 4, odiAbove: 20 },
  },
  /** FABQ physical-activity subscale above this is high fear-avoidance [design]. */
  fabqPhysicalActivityHighAbove: 15,
  /** FABQ work subscale above this flags return-to-work risk (instruments.md). */
  fabqWorkRiskAbove: 29,
  /** PSEQ below this is low pain self-efficacy: the "severe" band (instruments.md). */
  pseqLowBelow: 20,
  /** Manipulation rule (flynn-2002). */
  manipulation: {
    symptomsShorterThanDays: 16,
    fabqWorkBelow: 19,
    hipInternalRotationAbove: 35,
    positiveWithAtLeast: 4,
  },
  /** Stabilisation rule (hicks-2005). */
  stabilisation: { ageBelow: 40, averageSlrAbove: 91, positiveWithAtLeast: 3 },
} as const;
