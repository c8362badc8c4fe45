/**
 * The physical measures a therapist records (core's PHYSICAL_MEASURE_DEFINITIONS, with their
 * plausible ranges, in assessment/physical-measures.ts), grouped for the form and the charts.
 */
export type MeasureGroup = 'flexibility' | 'endurance' | 'strength' | 'activity';

export interface MeasureKind {
  readonly kind: string;
  readonly group: MeasureGroup;
  /** Key of the unit in the `clinic` catalogue (`unit.<key>`). */
  readonly unit: 'cm' | 'deg' | 's' | 'minPerDay' | 'stepsPerDay';
  /** Measured on each side (left and right). */
  readonly sided: boolean;
  /** Smaller is better (fingertip-to-floor distance, sit-to-stand time). */
  readonly lowerIsBetter: boolean;
}

export const MEASURE_KINDS: readonly MeasureKind[] = [
  {
    kind: 'fingertip-to-floor-cm',
    group: 'flexibility',
    unit: 'cm',
    sided: false,
    lowerIsBetter: true,
  },
  {
    kind: 'straight-leg-raise-deg',
    group: 'flexibility',
    unit: 'deg',
    sided: true,
    lowerIsBetter: false,
  },
  {
    kind: 'hip-internal-rotation-deg',
    group: 'flexibility',
    unit: 'deg',
    sided: true,
    lowerIsBetter: false,
  },
  { kind: 'biering-sorensen-s', group: 'endurance', unit: 's', sided: false, lowerIsBetter: false },
  {
    kind: 'trunk-flexor-endurance-s',
    group: 'endurance',
    unit: 's',
    sided: false,
    lowerIsBetter: false,
  },
  { kind: 'side-bridge-s', group: 'endurance', unit: 's', sided: true, lowerIsBetter: false },
  {
    kind: 'five-times-sit-to-stand-s',
    group: 'strength',
    unit: 's',
    sided: false,
    lowerIsBetter: true,
  },
  {
    kind: 'walking-minutes-per-day',
    group: 'activity',
    unit: 'minPerDay',
    sided: false,
    lowerIsBetter: false,
  },
  {
    kind: 'steps-per-day',
    group: 'activity',
    unit: 'stepsPerDay',
    sided: false,
    lowerIsBetter: false,
  },
];

export const MEASURE_GROUPS: readonly MeasureGroup[] = [
  'strength',
  'endurance',
  'flexibility',
  'activity',
];

export const measureKind = (kind: string): MeasureKind | undefined =>
  MEASURE_KINDS.find((k) => k.kind === kind);
