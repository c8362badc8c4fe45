import type { Assessment } from '@backplan/core';
import type { Draft } from './draft';

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * A re-assessment started from the last one: who the patient is, the episode's history, goals,
 * preferences, equipment and time are carried over. Red flags, symptoms, pain, questionnaires and
 * the examination are left empty on purpose: they are asked and measured afresh each time.
 */
export function startFrom(previous: Assessment, draft: Draft): Draft {
  const p = previous.patient;
  const h = previous.history;
  return {
    ...draft,
    kind: 'reassessment',
    patient: {
      age: text(p.age),
      sex: p.sex,
      workStatus: p.workStatus ?? '',
      workDemand: p.workDemand ?? '',
      occupation: p.occupation ?? '',
    },
    history: {
      onsetDate: h.onsetDate,
      onsetType: h.onsetType ?? '',
      mechanism: h.mechanism ?? '',
      previousEpisodes: text(h.previousEpisodes),
      comorbidities: [...h.comorbidities],
      medications: h.medications.join('\n'),
      treatmentsTried: h.treatmentsTried.join('\n'),
    },
    goals: previous.goals.map((g) => ({ ...g })),
    preferences: {
      likes: [...previous.preferences.likes],
      dislikes: [...previous.preferences.dislikes],
      settings: [...previous.preferences.settings],
    },
    equipment: [...previous.equipment],
    minutesPerDay: text(previous.minutesPerDay),
  };
}
