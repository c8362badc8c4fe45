import { COMPLETIONS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import type { Completion } from '../patient-api';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import type { LogExercise } from './log-form';

/** How each exercise went, with one tap for the common case: everything done. */
export function ExerciseChoices(props: {
  exercises: readonly LogExercise[];
  completions: Readonly<Record<string, Completion>>;
  onChange: (completions: Readonly<Record<string, Completion>>) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('patient');
  const { exercises, completions, onChange, errorOf } = props;
  const choices = COMPLETIONS.map((c) => ({ value: c, label: t(`completion.${c}`) }));
  return (
    <section className="card stack" aria-labelledby="log-exercises-heading">
      <h2 id="log-exercises-heading">{t('log.exercisesTitle')}</h2>
      <button
        type="button"
        className="button button--secondary button--block"
        onClick={() => {
          onChange(Object.fromEntries(exercises.map((e) => [e.exerciseId, 'done' as const])));
        }}
      >
        <span aria-hidden="true">✓</span> {t('log.allDone')}
      </button>
      {exercises.map((e, i) => (
        <ChoiceGroup
          key={e.exerciseId}
          name={`exercises.${String(i)}.completion`}
          legend={e.name}
          choices={choices}
          value={completions[e.exerciseId] ?? null}
          onChange={(value) => {
            onChange({ ...completions, [e.exerciseId]: value });
          }}
          error={errorOf(`exercises.${String(i)}.completion`)}
        />
      ))}
    </section>
  );
}
