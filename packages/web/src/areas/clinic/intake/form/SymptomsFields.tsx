import { ACTIVITIES, SYMPTOM_EXTENTS, SYMPTOM_SIDES } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckGroup, NumberField, RadioGroup } from './controls';
import { patchSection, type SectionProps } from './draft';
import { vocab } from './vocab';

/** Where the symptoms reach, their pattern, and what makes them worse or better. */
export function SymptomsFields({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const s = draft.symptoms;
  const activities = vocab(t, 'activity', ACTIVITIES);
  return (
    <section className="stack" aria-labelledby="intake-h-symptoms">
      <h3 id="intake-h-symptoms">{t('history.symptomsTitle')}</h3>
      <RadioGroup
        legend={t('history.extent')}
        hint={t('history.extentHint')}
        path="symptoms.extent"
        value={s.extent}
        options={vocab(t, 'extent', SYMPTOM_EXTENTS)}
        onChange={(extent) => {
          patchSection(update, 'symptoms', { extent });
        }}
      />
      <div className="form-grid">
        <RadioGroup
          legend={t('history.side')}
          path="symptoms.side"
          value={s.side}
          options={vocab(t, 'side', SYMPTOM_SIDES)}
          onChange={(side) => {
            patchSection(update, 'symptoms', { side });
          }}
        />
        <RadioGroup
          legend={t('history.pattern')}
          path="symptoms.pattern"
          value={s.pattern}
          options={vocab(t, 'pattern', ['constant', 'intermittent'] as const)}
          onChange={(pattern) => {
            patchSection(update, 'symptoms', { pattern });
          }}
        />
        <NumberField
          label={t('history.morningStiffness')}
          path="symptoms.morningStiffnessMinutes"
          value={s.morningStiffnessMinutes}
          onChange={(morningStiffnessMinutes) => {
            patchSection(update, 'symptoms', { morningStiffnessMinutes });
          }}
        />
      </div>
      <Checkbox
        label={t('history.legNumbness')}
        checked={s.legNumbnessOrTingling}
        onChange={(legNumbnessOrTingling) => {
          patchSection(update, 'symptoms', { legNumbnessOrTingling });
        }}
      />
      <CheckGroup
        legend={t('history.aggravating')}
        path="symptoms.aggravating"
        values={s.aggravating}
        options={activities}
        onChange={(aggravating) => {
          patchSection(update, 'symptoms', { aggravating });
        }}
      />
      <CheckGroup
        legend={t('history.easing')}
        path="symptoms.easing"
        values={s.easing}
        options={activities}
        onChange={(easing) => {
          patchSection(update, 'symptoms', { easing });
        }}
      />
    </section>
  );
}
