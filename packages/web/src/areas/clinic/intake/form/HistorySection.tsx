import {
  classifyStage,
  daysBetween,
  SEXES,
  toUtcDate,
  WORK_DEMANDS,
  WORK_STATUSES,
} from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { NumberField, RadioGroup, SelectField, TextField } from './controls';
import { patchSection, type SectionProps } from './draft';
import { OtherHistoryFields } from './OtherHistoryFields';
import { SymptomsFields } from './SymptomsFields';
import { vocab } from './vocab';

/** How long ago the episode began and its stage, once both dates are valid. */
function useOnsetHint(onset: string, assessedOn: string): string | undefined {
  const { t } = useTranslation('intake');
  const from = toUtcDate(onset);
  const to = toUtcDate(assessedOn);
  if (from === null || to === null) return undefined;
  const days = daysBetween(from, to);
  if (days < 0) return undefined;
  const stage = classifyStage(days).stage;
  return t('history.onsetHint', { count: days, stage: t(`vocab.stage.${stage}`) });
}

/** Section (a): when and who, this episode's history, and the symptoms. */
export function HistorySection({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const onsetHint = useOnsetHint(draft.history.onsetDate, draft.assessedOn);
  const p = draft.patient;
  const h = draft.history;
  return (
    <>
      <section className="stack" aria-labelledby="intake-h-assessment">
        <h3 id="intake-h-assessment">{t('history.assessmentTitle')}</h3>
        <div className="form-grid">
          <TextField
            type="date"
            label={t('history.assessedOn')}
            path="assessedOn"
            value={draft.assessedOn}
            onChange={(assessedOn) => {
              update((d) => ({ ...d, assessedOn }));
            }}
          />
          <RadioGroup
            legend={t('history.kind')}
            path="kind"
            value={draft.kind}
            options={vocab(t, 'kind', ['initial', 'reassessment'] as const)}
            onChange={(kind) => {
              if (kind !== '') update((d) => ({ ...d, kind }));
            }}
          />
        </div>
      </section>
      <section className="stack" aria-labelledby="intake-h-patient">
        <h3 id="intake-h-patient">{t('history.patientTitle')}</h3>
        <div className="form-grid">
          <NumberField
            label={t('history.age')}
            path="patient.age"
            value={p.age}
            onChange={(age) => {
              patchSection(update, 'patient', { age });
            }}
          />
          <RadioGroup
            legend={t('history.sex')}
            path="patient.sex"
            value={p.sex}
            options={vocab(t, 'sex', SEXES)}
            onChange={(sex) => {
              patchSection(update, 'patient', { sex });
            }}
          />
          <SelectField
            label={t('history.workStatus')}
            path="patient.workStatus"
            value={p.workStatus}
            options={vocab(t, 'workStatus', WORK_STATUSES)}
            emptyLabel={t('form.notRecorded')}
            onChange={(workStatus) => {
              patchSection(update, 'patient', { workStatus });
            }}
          />
          <SelectField
            label={t('history.workDemand')}
            path="patient.workDemand"
            value={p.workDemand}
            options={vocab(t, 'workDemand', WORK_DEMANDS)}
            emptyLabel={t('form.notRecorded')}
            onChange={(workDemand) => {
              patchSection(update, 'patient', { workDemand });
            }}
          />
          <TextField
            label={t('history.occupation')}
            path="patient.occupation"
            value={p.occupation}
            onChange={(occupation) => {
              patchSection(update, 'patient', { occupation });
            }}
          />
        </div>
      </section>
      <section className="stack" aria-labelledby="intake-h-episode">
        <h3 id="intake-h-episode">{t('history.episodeTitle')}</h3>
        <div className="form-grid">
          <TextField
            type="date"
            label={t('history.onsetDate')}
            path="history.onsetDate"
            value={h.onsetDate}
            {...(onsetHint === undefined ? {} : { hint: onsetHint })}
            onChange={(onsetDate) => {
              patchSection(update, 'history', { onsetDate });
            }}
          />
          <RadioGroup
            legend={t('history.onsetType')}
            path="history.onsetType"
            value={h.onsetType}
            options={[
              ...vocab(t, 'onsetType', ['sudden', 'gradual'] as const),
              { value: '', label: t('form.notRecorded') },
            ]}
            onChange={(onsetType) => {
              patchSection(update, 'history', { onsetType });
            }}
          />
          <NumberField
            label={t('history.previousEpisodes')}
            hint={t('history.previousEpisodesHint')}
            path="history.previousEpisodes"
            value={h.previousEpisodes}
            onChange={(previousEpisodes) => {
              patchSection(update, 'history', { previousEpisodes });
            }}
          />
          <TextField
            label={t('history.mechanism')}
            path="history.mechanism"
            value={h.mechanism}
            onChange={(mechanism) => {
              patchSection(update, 'history', { mechanism });
            }}
          />
        </div>
        <OtherHistoryFields draft={draft} update={update} />
        <div className="form-grid">
          <TextField
            multiline
            label={t('history.medications')}
            hint={t('form.onePerLine')}
            path="history.medications"
            value={h.medications}
            onChange={(medications) => {
              patchSection(update, 'history', { medications });
            }}
          />
          <TextField
            multiline
            label={t('history.treatmentsTried')}
            hint={t('form.onePerLine')}
            path="history.treatmentsTried"
            value={h.treatmentsTried}
            onChange={(treatmentsTried) => {
              patchSection(update, 'history', { treatmentsTried });
            }}
          />
        </div>
      </section>
      <SymptomsFields draft={draft} update={update} />
    </>
  );
}
