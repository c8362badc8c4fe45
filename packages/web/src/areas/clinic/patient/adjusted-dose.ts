import { doseSchema, type Dose } from '@backplan/core';

/** The numeric parts of each kind of dose, in the order they are asked. */
export const DOSE_PARTS: Record<Dose['kind'], readonly string[]> = {
  reps: ['sets', 'reps'],
  hold: ['sets', 'holdSeconds'],
  duration: ['minutes'],
  distance: ['sets', 'metres'],
};

/** A dose's numbers as the fields show them. */
export const doseParts = (dose: Dose) =>
  Object.fromEntries(
    DOSE_PARTS[dose.kind].map((p) => [p, String((dose as unknown as Record<string, number>)[p])]),
  );

export interface DoseIssue {
  readonly part: string;
  readonly code: string;
  readonly expected?: unknown;
  readonly maximum?: unknown;
}

/** The proposed dose with the typed numbers in it, or what is wrong with each number. */
export function adjustedDose(
  proposed: Dose,
  values: Record<string, string>,
): { dose: Dose; issues: [] } | { dose: null; issues: DoseIssue[] } {
  const dose: Record<string, unknown> = { ...proposed };
  for (const part of DOSE_PARTS[proposed.kind]) {
    const text = (values[part] ?? '').trim().replace(',', '.');
    dose[part] = text === '' ? Number.NaN : Number(text);
  }
  const parsed = doseSchema.safeParse(dose);
  if (parsed.success) return { dose: parsed.data, issues: [] };
  return {
    dose: null,
    issues: parsed.error.issues.map((i) => ({ ...i, part: String(i.path[0] ?? '') })),
  };
}
