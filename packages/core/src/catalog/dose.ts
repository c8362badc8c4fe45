import { z } from 'zod';
import type { Dose, Frequency } from './types.js';

const positiveInt = z.number().int().min(1);

/** A dose as written in files and request bodies. */
export const doseSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reps'),
    sets: positiveInt.max(10),
    reps: positiveInt.max(100),
    perSide: z.boolean(),
    load: z.string().max(100).optional(),
  }),
  z.strictObject({
    kind: z.literal('hold'),
    sets: positiveInt.max(20),
    holdSeconds: z.number().positive().max(600),
    perSide: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('duration'), minutes: z.number().positive().max(240) }),
  z.strictObject({
    kind: z.literal('distance'),
    sets: positiveInt.max(10),
    metres: z.number().positive().max(2000),
    load: z.string().max(100).optional(),
  }),
]);

export const frequencySchema = z.strictObject({
  timesPerDay: positiveInt.max(10),
  daysPerWeek: positiveInt.max(7),
});

function seconds(s: number): string {
  return s >= 60 && s % 60 === 0 ? `${s / 60} min` : `${s} s`;
}

/** A dose in a few words: "2 x 10 each side", "3 holds of 30 s", "10 min", "3 x 20 m". */
export function formatDose(dose: Dose): string {
  switch (dose.kind) {
    case 'reps':
      return `${dose.sets} x ${dose.reps}${dose.perSide ? ' each side' : ''}${dose.load === undefined ? '' : `, ${dose.load}`}`;
    case 'hold': {
      const holds =
        dose.sets === 1
          ? `1 hold of ${seconds(dose.holdSeconds)}`
          : `${dose.sets} holds of ${seconds(dose.holdSeconds)}`;
      return `${holds}${dose.perSide ? ' each side' : ''}`;
    }
    case 'duration':
      return `${dose.minutes} min`;
    case 'distance':
      return `${dose.sets} x ${dose.metres} m${dose.load === undefined ? '' : `, ${dose.load}`}`;
  }
}

/** How often, in words: "3 times a day, every day", "once a day, 3 days a week". */
export function formatFrequency(f: Frequency): string {
  const perDay =
    f.timesPerDay === 1
      ? 'once a day'
      : f.timesPerDay === 2
        ? 'twice a day'
        : `${f.timesPerDay} times a day`;
  const perWeek = f.daysPerWeek === 7 ? 'every day' : `${f.daysPerWeek} days a week`;
  return `${perDay}, ${perWeek}`;
}
