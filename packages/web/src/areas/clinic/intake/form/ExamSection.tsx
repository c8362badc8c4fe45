import {
  classifyTolerance,
  findDirectionalPreference,
  MOVEMENT_RESPONSES,
  type MovementResponse,
} from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { RadioGroup, SelectField } from './controls';
import { patchSection, REPEATED_MOVEMENTS, type SectionProps, type Tri } from './draft';
import { ExamFindingsFields } from './ExamFindingsFields';
import { MeasuresFields } from './MeasuresFields';
import { vocab } from './vocab';

const orNone = (r: MovementResponse | '') => (r === '' ? undefined : r);

/** Tolerance and directional preference as the core would conclude them from the form so far. */
function LiveClassification({ draft }: SectionProps) {
  const { t } = useTranslation('intake');
  const rm = draft.examination.repeatedMovements;
  const tolerance = classifyTolerance({
    aggravating: draft.symptoms.aggravating,
    easing: draft.symptoms.easing,
    repeatedFlexion: orNone(rm.flexion),
    repeatedExtension: orNone(rm.extension),
  });
  const dp = findDirectionalPreference({
    flexion: orNone(rm.flexion),
    extension: orNone(rm.extension),
    'side-glide-left': orNone(rm.sideGlideLeft),
    'side-glide-right': orNone(rm.sideGlideRight),
  });
  return (
    <div className="banner banner--info" role="status" aria-live="polite">
      <span className="banner__icon" aria-hidden="true">
        ℹ
      </span>
      <div>
        <p>
          <strong>{t('exam.liveTolerance')}:</strong> {t(`vocab.tolerance.${tolerance.tolerance}`)}
        </p>
        <p>
          <strong>{t('exam.livePreference')}:</strong>{' '}
          {dp.preference === null
            ? dp.tested
              ? t('exam.noPreference')
              : t('exam.notTested')
            : t(`vocab.direction.${dp.preference}`)}
          {dp.avoid.length === 0
            ? ''
            : ` · ${t('exam.avoid', { list: dp.avoid.map((d) => t(`vocab.direction.${d}`)).join(', ') })}`}
        </p>
      </div>
    </div>
  );
}

/** Section (d): repeated movements, prediction-rule items and physical measures. */
export function ExamSection({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const e = draft.examination;
  const responses = vocab(t, 'response', MOVEMENT_RESPONSES);
  const tri = [
    { value: 'yes' as const, label: t('exam.present') },
    { value: 'no' as const, label: t('exam.absent') },
    { value: '' as const, label: t('form.notTested') },
  ];
  const setTri = (key: 'lumbarHypomobility' | 'aberrantMovement') => (value: Tri) => {
    patchSection(update, 'examination', { [key]: value });
  };
  return (
    <>
      <section className="stack" aria-labelledby="intake-h-rm">
        <h3 id="intake-h-rm">{t('exam.repeatedTitle')}</h3>
        <p className="muted">{t('exam.repeatedIntro')}</p>
        <div className="form-grid">
          {REPEATED_MOVEMENTS.map((key) => (
            <SelectField
              key={key}
              label={t(`exam.movement.${key}`)}
              path={`examination.repeatedMovements.${key}`}
              value={e.repeatedMovements[key]}
              options={responses}
              emptyLabel={t('form.notTested')}
              onChange={(value) => {
                patchSection(update, 'examination', {
                  repeatedMovements: { ...e.repeatedMovements, [key]: value },
                });
              }}
            />
          ))}
        </div>
        <LiveClassification draft={draft} update={update} />
      </section>
      <section className="stack" aria-labelledby="intake-h-rules">
        <h3 id="intake-h-rules">{t('exam.rulesTitle')}</h3>
        <p className="muted">{t('exam.rulesIntro')}</p>
        <div className="form-grid">
          <RadioGroup
            legend={t('exam.lumbarHypomobility')}
            path="examination.lumbarHypomobility"
            value={e.lumbarHypomobility}
            options={tri}
            onChange={setTri('lumbarHypomobility')}
          />
          <RadioGroup
            legend={t('exam.aberrantMovement')}
            path="examination.aberrantMovement"
            value={e.aberrantMovement}
            options={tri}
            onChange={setTri('aberrantMovement')}
          />
          <RadioGroup
            legend={t('exam.proneInstability')}
            path="examination.proneInstabilityTest"
            value={e.proneInstabilityTest}
            options={[
              { value: 'positive', label: t('exam.positive') },
              { value: 'negative', label: t('exam.negative') },
              { value: '', label: t('form.notTested') },
            ]}
            onChange={(proneInstabilityTest) => {
              patchSection(update, 'examination', { proneInstabilityTest });
            }}
          />
        </div>
      </section>
      <ExamFindingsFields draft={draft} update={update} />
      <MeasuresFields draft={draft} update={update} />
    </>
  );
}
