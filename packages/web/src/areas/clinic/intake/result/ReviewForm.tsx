import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client';
import { useMe } from '../../../../api/session';
import { Field, FormErrors } from '../../../../ui/Field';
import { localToday, useFormats } from '../../format';
import { useRecordReview } from '../intake-api';
import type { RedFlagReviewView } from '../types';

const SHOWN = ['reviewedBy', 'reviewedOn', 'outcome'];

/** A recorded red-flag review: who, when, and what they concluded. */
export function ReviewRecord({ review }: { review: RedFlagReviewView }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  return (
    <div className="banner banner--ok" role="status">
      <span className="banner__icon" aria-hidden="true">
        ✓
      </span>
      <div>
        <p>
          <strong>
            {t('review.recorded', {
              who: review.reviewedBy,
              date: f.day(review.reviewedOn),
            })}
          </strong>
        </p>
        <p className="pre-line">{review.outcome}</p>
      </div>
    </div>
  );
}

/**
 * An urgent red flag needs a clinician's recorded review (who, when, outcome) before a plan can
 * be made (finucane-2020). The server checks the date lies between the assessment and today.
 */
export function ReviewForm(props: { patientId: string; assessmentId: string }) {
  const { t } = useTranslation('intake');
  const me = useMe();
  const [reviewedBy, setReviewedBy] = useState(me.data?.user.name ?? '');
  const [reviewedOn, setReviewedOn] = useState(() => localToday());
  const [outcome, setOutcome] = useState('');
  const review = useRecordReview(props.patientId, props.assessmentId);
  const error = review.error instanceof ApiError ? review.error : null;
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    review.mutate({ reviewedBy: reviewedBy.trim(), reviewedOn, outcome: outcome.trim() });
  };
  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.title')}</h2>
      <p>{t('review.intro')}</p>
      <Field label={t('review.by')} name="reviewedBy" error={error}>
        {(c) => (
          <input
            {...c}
            type="text"
            required
            autoComplete="name"
            value={reviewedBy}
            onChange={(e) => {
              setReviewedBy(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label={t('review.on')} name="reviewedOn" error={error}>
        {(c) => (
          <input
            {...c}
            type="date"
            required
            value={reviewedOn}
            onChange={(e) => {
              setReviewedOn(e.target.value);
            }}
          />
        )}
      </Field>
      <Field
        label={t('review.outcome')}
        hint={t('review.outcomeHint')}
        name="outcome"
        error={error}
      >
        {(c) => (
          <textarea
            {...c}
            required
            value={outcome}
            onChange={(e) => {
              setOutcome(e.target.value);
            }}
          />
        )}
      </Field>
      <FormErrors error={error} shown={SHOWN} />
      {review.error !== null && error === null ? (
        <p className="field__error" role="alert">
          {t('review.failed')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={review.isPending}>
          {review.isPending ? t('review.saving') : t('review.submit')}
        </button>
      </div>
    </form>
  );
}
