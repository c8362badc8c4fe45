import { z } from 'zod';

/** A physical measure a therapist records at assessment and re-assessment, with its plausible range. */
export interface PhysicalMeasure {
  readonly kind: string;
  /** Unit of the value. */
  readonly unit: 'cm' | 'deg' | 's' | 'min' | 'min/day' | 'steps/day';
  /** Measured on each side (left and right). */
  readonly sided: boolean;
  /**
   * The plausible range [design]: a value outside it is a typing or unit mistake, not a person.
   * Wide enough for every real patient and tester; narrow enough that -1 or 1001 degrees of
   * straight-leg raise cannot be stored.
   */
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (a count). */
  readonly integer?: boolean;
}

/** The physical measures, stated once: the assessment schema and the server's API read them. */
export const PHYSICAL_MEASURE_DEFINITIONS = [
  // Negative: the fingertips pass the floor (standing on a step).
  { kind: 'fingertip-to-floor-cm', unit: 'cm', sided: false, min: -50, max: 150 },
  // Hip flexion of the raised straight leg: 0 (cannot lift) to beyond vertical in the very supple.
  { kind: 'straight-leg-raise-deg', unit: 'deg', sided: true, min: 0, max: 130 },
  { kind: 'hip-internal-rotation-deg', unit: 'deg', sided: true, min: 0, max: 90 },
  // The endurance holds: tests stop long before 20 minutes.
  { kind: 'biering-sorensen-s', unit: 's', sided: false, min: 0, max: 1200 },
  { kind: 'trunk-flexor-endurance-s', unit: 's', sided: false, min: 0, max: 1200 },
  { kind: 'side-bridge-s', unit: 's', sided: true, min: 0, max: 1200 },
  { kind: 'five-times-sit-to-stand-s', unit: 's', sided: false, min: 1, max: 300 },
  { kind: 'walking-minutes-per-day', unit: 'min/day', sided: false, min: 0, max: 1440 },
  // How long the patient can walk before symptoms stop them (a stenosis sign): 10 hours is
  // beyond any walk a test or a history records.
  { kind: 'walking-tolerance-min', unit: 'min', sided: false, min: 0, max: 600 },
  {
    kind: 'steps-per-day',
    unit: 'steps/day',
    sided: false,
    min: 0,
    max: 100_000,
    integer: true,
  },
] as const satisfies readonly PhysicalMeasure[];

export type PhysicalMeasureKind = (typeof PHYSICAL_MEASURE_DEFINITIONS)[number]['kind'];

/** The measures' kinds, in display order. */
export const PHYSICAL_MEASURES = PHYSICAL_MEASURE_DEFINITIONS.map((m) => m.kind) as [
  PhysicalMeasureKind,
  ...PhysicalMeasureKind[],
];

/** A measure's definition by kind. */
export function physicalMeasure(kind: PhysicalMeasureKind): PhysicalMeasure {
  const found = PHYSICAL_MEASURE_DEFINITIONS.find((m) => m.kind === kind);
  if (found === undefined) throw new Error(`unknown physical measure ${kind}`);
  return found;
}

/** The message for a value outside a measure's plausible range. */
export function measureRangeMessage(m: PhysicalMeasure): string {
  return `Must be ${m.integer === true ? 'a whole number ' : ''}between ${m.min} and ${m.max} ${m.unit}.`;
}

/** The zod schema of one measure's value: a finite number in its plausible range. */
export function measureValueSchema(kind: PhysicalMeasureKind) {
  const m = physicalMeasure(kind);
  const n = z.number({ error: measureRangeMessage(m) });
  return (m.integer === true ? n.int(measureRangeMessage(m)) : n)
    .min(m.min, measureRangeMessage(m))
    .max(m.max, measureRangeMessage(m));
}

/** True when `value` is plausible for the measure `kind`. */
export function isPlausibleMeasure(kind: PhysicalMeasureKind, value: number): boolean {
  const m = physicalMeasure(kind);
  return (
    Number.isFinite(value) &&
    value >= m.min &&
    value <= m.max &&
    (m.integer !== true || Number.isInteger(value))
  );
}
