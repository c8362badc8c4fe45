import type { Completion, ExerciseLog } from '@backplan/core';
import type { TFunction } from 'i18next';

/** A shape per completion, so it reads without colour. */
export const COMPLETION_ICON: Record<Completion, string> = {
  done: '✓',
  partial: '◐',
  'stopped-pain': '■',
  'skipped-pain': '✕',
  'skipped-other': '–',
};

export function completionTone(c: Completion): 'ok' | 'info' | 'warn' {
  switch (c) {
    case 'done':
      return 'ok';
    case 'partial':
    case 'skipped-other':
      return 'info';
    case 'stopped-pain':
    case 'skipped-pain':
      return 'warn';
  }
}

/** How many exercises of a session were done in full, partly, or not. */
export function tally(logs: readonly ExerciseLog[]) {
  let done = 0;
  let partial = 0;
  let notDone = 0;
  for (const l of logs) {
    if (l.completion === 'done') done++;
    else if (l.completion === 'partial') partial++;
    else notDone++;
  }
  return { done, partial, notDone };
}

/** The part of a dose the patient says they did: "2 x 8", "3 x 20 s", "10 min". */
export function doneText(done: ExerciseLog['done'], t: TFunction<'clinic'>): string | null {
  if (done === undefined) return null;
  const parts: string[] = [];
  const sets = done.sets === undefined ? '' : t('done.sets', { sets: done.sets });
  if (done.reps !== undefined) parts.push(sets + String(done.reps));
  else if (done.holdSeconds !== undefined)
    parts.push(sets + t('done.seconds', { value: done.holdSeconds }));
  else if (done.sets !== undefined) parts.push(t('done.setsOnly', { sets: done.sets }));
  if (done.minutes !== undefined) parts.push(t('done.minutes', { value: done.minutes }));
  if (done.metres !== undefined) parts.push(t('done.metres', { value: done.metres }));
  if (done.load !== undefined) parts.push(done.load);
  return parts.length === 0 ? null : parts.join(', ');
}
