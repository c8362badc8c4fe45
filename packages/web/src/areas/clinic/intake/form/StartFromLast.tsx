import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../ui/states';
import { useFormats } from '../../format';
import { useAssessments } from '../../queries';
import { assessmentQuery } from '../intake-api';
import type { Update } from './draft';
import { startFrom } from './from-assessment';

/**
 * For a patient assessed before: one button fills the stable facts from the latest assessment,
 * so a re-assessment starts with what has not changed. Offered only on an untouched form.
 */
export function StartFromLast({ patientId, update }: { patientId: string; update: Update }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const list = useAssessments(patientId);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const latest = list.data?.[0];
  if (latest === undefined) return null;
  const use = async () => {
    setPending(true);
    setFailure(null);
    try {
      const full = await client.query(assessmentQuery(patientId, latest.id));
      update((d) => startFrom(full.result.assessment, d));
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="banner banner--info">
      <span className="banner__icon" aria-hidden="true">
        ℹ
      </span>
      <div>
        <p>{t('prefill.text', { date: f.day(latest.assessedOn) })}</p>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => void use()}
        >
          {t('prefill.button')}
        </button>
        {failure === null ? null : (
          <p className="field__error" role="alert">
            {errorText(failure, tc)}
          </p>
        )}
      </div>
    </div>
  );
}
