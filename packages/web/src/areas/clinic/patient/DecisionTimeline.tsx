import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../ui/states';
import type { Decision } from '../api-types';
import { useFormats } from '../format';
import { useDecisions } from '../queries';
import { exerciseName } from '../shared/exercise-names';

/** One decision in words: what was decided, about what. */
export function decisionText(d: Decision, t: TFunction<'clinic'>): string {
  const exercise = d.exerciseId === undefined ? '' : exerciseName(d.exerciseId);
  switch (d.kind) {
    case 'proposal-accepted':
      return t('decisions.proposalAccepted', {
        exercise,
        action: t(`proposals.action.${d.action ?? 'progress'}`, { defaultValue: d.action }),
      });
    case 'proposal-rejected':
      return t('decisions.proposalRejected', {
        exercise,
        action: t(`proposals.action.${d.action ?? 'progress'}`, { defaultValue: d.action }),
      });
    case 'alert-acknowledged':
      return t('decisions.alertAcknowledged', {
        type: t(`alertType.${d.alertType ?? ''}`, { defaultValue: d.alertType ?? '' }),
      });
    case 'safety-decision':
      return t('decisions.safety', {
        outcome: t(`outcome.${d.outcome ?? 'cleared'}.label`),
      });
    case 'plan-published':
      return t('decisions.planPublished', { version: d.planVersion ?? '' });
    case 'engagement':
      return d.action === 'engaged' ? t('decisions.reengaged') : t('decisions.disengaged');
  }
}

/** The clinical decisions about this patient, newest first: who decided what, when and why. */
export function DecisionTimeline({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const decisions = useDecisions(patientId);
  return (
    <section className="card stack" aria-labelledby="decisions-title" id="decisions">
      <h2 id="decisions-title">{t('decisions.title')}</h2>
      {decisions.isPending ? <Loading /> : null}
      {decisions.isError ? (
        <ErrorState error={decisions.error} retry={() => void decisions.refetch()} />
      ) : null}
      {decisions.data?.length === 0 ? <p className="muted">{t('decisions.none')}</p> : null}
      {decisions.data === undefined || decisions.data.length === 0 ? null : (
        <ol className="timeline">
          {decisions.data.map((d, i) => (
            <li key={`${d.at}-${String(i)}`} className="timeline__item">
              <p className="timeline__what">{decisionText(d, t)}</p>
              <p className="muted small">
                {t('decisions.byWhen', {
                  name: d.byName ?? t('staff.unknown'),
                  when: f.stamp(d.at),
                })}
              </p>
              {d.reason === undefined ? null : (
                <p className="pre-line">
                  <span className="muted">{t('decisions.reason')}</span> {d.reason}
                </p>
              )}
              {d.doseText === undefined ? null : (
                <p>
                  <span className="muted">{t('decisions.dose')}</span> {d.doseText}
                </p>
              )}
              {d.note === undefined ? null : (
                <p className="pre-line">
                  <span className="muted">{t('decisions.note')}</span> {d.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
