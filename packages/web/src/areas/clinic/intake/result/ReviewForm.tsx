import { useTranslation } from 'react-i18next';
import { useFormats } from '../../format';
import { SafetyOutcomeForm } from '../../safety/SafetyOutcomeForm';
import { useRecordReview } from '../intake-api';
import type { RedFlagReviewView } from '../types';

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
 * An urgent red flag needs a clinician's recorded decision before a plan can be made
 * (finucane-2020): what was done, and a note. Nothing is filled in for them: the reviewer is the
 * signed-in clinician and the date today, both recorded by the server.
 */
export function ReviewForm(props: { patientId: string; assessmentId: string }) {
  const { t } = useTranslation('intake');
  const review = useRecordReview(props.patientId, props.assessmentId);
  return (
    <section className="card stack" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.title')}</h2>
      <p>{t('review.intro')}</p>
      <SafetyOutcomeForm
        pending={review.isPending}
        error={review.error}
        submitLabel={t('review.submit')}
        onSubmit={(body) => {
          review.mutate(body);
        }}
      />
    </section>
  );
}
