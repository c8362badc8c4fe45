import { EQUIPMENT, EXERCISE_CATEGORIES, GOAL_AREAS, SETTINGS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { CheckGroup, NumberField, SelectField, TextField } from './controls';
import { patchSection, type Draft, type SectionProps } from './draft';
import { ExpectationsFields } from './ExpectationsFields';
import { vocab } from './vocab';

const MAX_GOALS = 10;

function Goals({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const setGoal = (index: number, patch: Partial<Draft['goals'][number]>) => {
    update((d) => ({ ...d, goals: d.goals.map((g, i) => (i === index ? { ...g, ...patch } : g)) }));
  };
  return (
    <section className="stack" aria-labelledby="intake-h-goals">
      <h3 id="intake-h-goals">{t('goals.goalsTitle')}</h3>
      {draft.goals.length === 0 ? <p className="muted">{t('goals.none')}</p> : null}
      {draft.goals.map((goal, index) => (
        <div key={index} className="goal-row">
          <SelectField
            label={t('goals.area', { n: index + 1 })}
            path={`goals.${index}.area`}
            value={goal.area}
            options={vocab(t, 'goalArea', GOAL_AREAS)}
            emptyLabel={t('form.choose')}
            onChange={(area) => {
              if (area !== '') setGoal(index, { area });
            }}
          />
          <TextField
            label={t('goals.text', { n: index + 1 })}
            path={`goals.${index}.text`}
            value={goal.text}
            onChange={(text) => {
              setGoal(index, { text });
            }}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              update((d) => ({ ...d, goals: d.goals.filter((_, i) => i !== index) }));
            }}
          >
            {t('goals.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      {draft.goals.length >= MAX_GOALS ? null : (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              update((d) => ({ ...d, goals: [...d.goals, { area: 'daily-living', text: '' }] }));
            }}
          >
            {t('goals.add')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Section (e): goals, what the patient likes and has, and the time a day they can give. */
export function GoalsSection({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const categories = vocab(t, 'category', EXERCISE_CATEGORIES);
  const prefs = draft.preferences;
  return (
    <>
      <Goals draft={draft} update={update} />
      <ExpectationsFields draft={draft} update={update} />
      <section className="stack" aria-labelledby="intake-h-prefs">
        <h3 id="intake-h-prefs">{t('goals.preferencesTitle')}</h3>
        <NumberField
          label={t('goals.minutesPerDay')}
          hint={t('goals.minutesPerDayHint')}
          path="minutesPerDay"
          value={draft.minutesPerDay}
          onChange={(minutesPerDay) => {
            update((d) => ({ ...d, minutesPerDay }));
          }}
        />
        <CheckGroup
          legend={t('goals.equipment')}
          hint={t('goals.equipmentHint')}
          path="equipment"
          values={draft.equipment}
          options={vocab(t, 'equipment', EQUIPMENT)}
          onChange={(equipment) => {
            update((d) => ({ ...d, equipment }));
          }}
        />
        <CheckGroup
          legend={t('goals.likes')}
          path="preferences.likes"
          values={prefs.likes}
          options={categories}
          onChange={(likes) => {
            patchSection(update, 'preferences', { likes });
          }}
        />
        <CheckGroup
          legend={t('goals.dislikes')}
          path="preferences.dislikes"
          values={prefs.dislikes}
          options={categories}
          onChange={(dislikes) => {
            patchSection(update, 'preferences', { dislikes });
          }}
        />
        <CheckGroup
          legend={t('goals.settings')}
          path="preferences.settings"
          values={prefs.settings}
          options={vocab(t, 'setting', SETTINGS)}
          onChange={(settings) => {
            patchSection(update, 'preferences', { settings });
          }}
        />
      </section>
    </>
  );
}
