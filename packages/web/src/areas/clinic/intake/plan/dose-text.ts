import type { Dose, Frequency, PlanEdit } from '@backplan/core';
import type { TFunction } from 'i18next';
import { exerciseName } from '../../shared/exercise-names';

/** A dose in the reader's language: "2 × 10 each side", "3 holds of 20 s", "10 min". */
export function doseText(dose: Dose, t: TFunction): string {
  switch (dose.kind) {
    case 'reps': {
      const base = t('dose.reps', { sets: dose.sets, reps: dose.reps });
      return [base + (dose.perSide ? ` ${t('dose.perSide')}` : ''), dose.load]
        .filter(Boolean)
        .join(', ');
    }
    case 'hold':
      return (
        t('dose.hold', { count: dose.sets, seconds: dose.holdSeconds }) +
        (dose.perSide ? ` ${t('dose.perSide')}` : '')
      );
    case 'duration':
      return t('dose.duration', { minutes: dose.minutes });
    case 'distance':
      return [t('dose.distance', { sets: dose.sets, metres: dose.metres }), dose.load]
        .filter(Boolean)
        .join(', ');
  }
}

export function frequencyText(f: Frequency, t: TFunction): string {
  return t('frequency.text', {
    perDay:
      f.timesPerDay === 2
        ? t('frequency.twiceADay')
        : t('frequency.perDay', { count: f.timesPerDay }),
    perWeek:
      f.daysPerWeek === 7 ? t('frequency.everyDay') : t('frequency.days', { count: f.daysPerWeek }),
  });
}

/** One edit in words, for the undo button and the publish confirmation. */
export function describeEdit(edit: PlanEdit, t: TFunction): string {
  switch (edit.kind) {
    case 'add-exercise':
      return t('edit.describe.add', { name: exerciseName(edit.exerciseId) });
    case 'remove-exercise':
      return t('edit.describe.remove', { name: exerciseName(edit.exerciseId) });
    case 'swap-exercise':
      return t('edit.describe.swap', { from: exerciseName(edit.from), to: exerciseName(edit.to) });
    case 'change-dose':
      return t('edit.describe.dose', {
        name: exerciseName(edit.exerciseId),
        dose: doseText(edit.dose, t),
      });
    case 'add-intervention':
      return t('edit.describe.addOther', { id: edit.interventionId });
    case 'remove-intervention':
      return t('edit.describe.removeOther', { id: edit.interventionId });
    case 'add-lesson':
      return t('edit.describe.addOther', { id: edit.lessonId });
    case 'remove-lesson':
      return t('edit.describe.removeOther', { id: edit.lessonId });
    case 'set-fear-hierarchy':
      return t('edit.describe.fearHierarchy', { count: edit.hierarchy.length });
  }
}
