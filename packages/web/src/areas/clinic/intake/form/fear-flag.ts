import { INSTRUMENTS, scoreInstrument, screenPsychosocial } from '@backplan/core';
import type { Draft } from './draft';

/**
 * Whether the STarT Back or FABQ answers so far flag psychosocial risk (the core's screen), so
 * the feared-activities list is offered open to the patients who need graded exposure.
 */
export function fearFlagged(d: Draft): boolean {
  const scored = (id: 'startback' | 'fabq') => {
    if (!d.included.includes(id)) return null;
    const outcome = scoreInstrument(INSTRUMENTS[id], d.answers[id]);
    return outcome.ok ? outcome.value : null;
  };
  const start = scored('startback');
  const fabq = scored('fabq');
  return screenPsychosocial({
    startBackRisk: start?.risk ?? null,
    fabqPhysicalActivity: fabq?.subscales.physicalActivity ?? null,
    fabqWork: fabq?.subscales.work ?? null,
    pseq: null,
  }).elevated;
}
