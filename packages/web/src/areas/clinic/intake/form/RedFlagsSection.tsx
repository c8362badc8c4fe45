import {
  RED_FLAG_QUESTIONS,
  type RedFlagAnswer,
  type RedFlagId,
  type RedFlagQuestionId,
} from '@backplan/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from './controls';
import type { SectionProps } from './draft';
import { LiveScreen } from './LiveScreen';
import { RedFlagQuestion } from './RedFlagQuestion';

type Group = 'cauda-equina' | 'cancer' | 'fracture' | 'infection' | 'axial-spondyloarthritis';

const GROUP_OF: Record<RedFlagId, Group> = {
  'cauda-equina': 'cauda-equina',
  'cord-compression-cancer': 'cancer',
  malignancy: 'cancer',
  fracture: 'fracture',
  infection: 'infection',
  'axial-spondyloarthritis': 'axial-spondyloarthritis',
};

type Question = (typeof RED_FLAG_QUESTIONS)[number];

/** Yes, no, or not asked with a reason given: "not asked" alone does not answer a question. */
const isAnswered = (answer: RedFlagAnswer | undefined) =>
  answer !== undefined && (typeof answer === 'boolean' || answer.notAsked.trim() !== '');

/** The core's questions in asking order, grouped by the condition they screen for. */
const GROUPS: readonly (readonly [Group, readonly Question[]])[] = (() => {
  const map = new Map<Group, Question[]>();
  for (const q of RED_FLAG_QUESTIONS) {
    const first: RedFlagId = q.flags[0];
    const group = GROUP_OF[first];
    map.set(group, [...(map.get(group) ?? []), q]);
  }
  return [...map.entries()];
})();

/**
 * Section (b): every red-flag question as yes, no or "not asked" with a reason, with the screen's
 * triage as it stands.
 */
export function RedFlagsSection({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const [patientWording, setPatientWording] = useState(false);
  const answers = draft.redFlags;
  const set = (id: RedFlagQuestionId, value: RedFlagAnswer) => {
    update((d) => ({ ...d, redFlags: { ...d.redFlags, [id]: value } }));
  };
  const markRestNo = (questions: readonly Question[]) => {
    update((d) => {
      const next = { ...d.redFlags };
      for (const q of questions) next[q.id] ??= false;
      return { ...d, redFlags: next };
    });
  };
  const answered = RED_FLAG_QUESTIONS.filter((q) => isAnswered(answers[q.id])).length;
  return (
    <>
      <p className="muted">{t('redFlags.intro')}</p>
      <LiveScreen draft={draft} answered={answered} total={RED_FLAG_QUESTIONS.length} />
      <Checkbox
        label={t('redFlags.showPatientWording')}
        checked={patientWording}
        onChange={setPatientWording}
      />
      {GROUPS.map(([group, questions]) => {
        const open = questions.filter((q) => !isAnswered(answers[q.id])).length;
        return (
          <section key={group} className="card stack" aria-labelledby={`intake-rf-${group}`}>
            <div className="row row--between">
              <h3 id={`intake-rf-${group}`}>{t(`redFlags.group.${group}`)}</h3>
              <span className="muted">
                {t('redFlags.groupCount', {
                  answered: questions.length - open,
                  total: questions.length,
                })}
              </span>
            </div>
            {questions.map((q) => (
              <RedFlagQuestion
                key={q.id}
                id={q.id}
                text={q.text}
                hint={patientWording ? q.patientText : undefined}
                answer={answers[q.id]}
                onChange={(answer) => {
                  set(q.id, answer);
                }}
              />
            ))}
            {open === 0 ? null : (
              <div>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    markRestNo(questions);
                  }}
                >
                  {t('redFlags.restNo', { count: open, group: t(`redFlags.group.${group}`) })}
                </button>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
