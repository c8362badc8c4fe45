import type { Assessment } from '@backplan/core';
import type { Draft } from './draft';

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const trimester = (n: 1 | 2 | 3) => String(n) as '1' | '2' | '3';

/**
 * A re-assessment started from the last one: who the patient is, the episode's history and other
 * conditions, the patient's requests and expectations, the feared activities (to re-rate), goals,
 * preferences, equipment and time are carried over. Red flags, symptoms, pain, questionnaires and
 * the examination are left empty on purpose: they are asked and measured afresh each time.
 */
export function startFrom(previous: Assessment, draft: Draft): Draft {
  const p = previous.patient;
  const h = previous.history;
  const e = previous.expectations;
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
      ageAtFirstOnset: text(h.ageAtFirstOnset),
      fallsInLastYear: text(h.fallsInLastYear),
      pregnancyTrimester: h.pregnancyTrimester === undefined ? '' : trimester(h.pregnancyTrimester),
      medications: h.medications.join('\n'),
      treatmentsTried: h.treatmentsTried.join('\n'),
    },
    expectations: {
      requests: [...(e?.requests ?? [])],
      outlook: e?.outlook ?? '',
      notes: e?.notes ?? '',
    },
    fearHierarchy: (previous.fearHierarchy ?? []).map((r) => ({
      activity: r.activity,
      fear: String(r.fear),
    })),
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
