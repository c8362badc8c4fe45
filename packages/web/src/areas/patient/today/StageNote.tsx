import type { ExerciseStage } from '@backplan/core';
import { useTranslation } from 'react-i18next';

/** This week's step of an exercise's path, in the patient's words, with how hard to work. */
export function StageNote({ stage }: { stage: ExerciseStage }) {
  const { t } = useTranslation('patient');
  const effort = stage.effort;
  return (
    <div className="stage-note">
      <p>
        <strong>{t('stage.thisWeek')}</strong> {stage.instruction}
      </p>
      {effort === undefined ? null : (
        <p>
          <strong>{t('stage.effort')}</strong>{' '}
          {effort.min === effort.max
            ? t('stage.effortOne', { value: effort.min })
            : t('stage.effortRange', { min: effort.min, max: effort.max })}{' '}
          <span className="muted">{t('stage.effortScale')}</span>
        </p>
      )}
    </div>
  );
}
