import type { Plan } from '@backplan/core';
import { useTranslation } from 'react-i18next';

/**
 * What the plan asks of the therapist (a missing baseline, a hierarchy to record, when to add the
 * other direction) and its answers to the patient's treatment requests: one notice at the top.
 */
export function PlanNotices({ plan }: { plan: Plan }) {
  const { t } = useTranslation('intake');
  // A request's answer is listed once, under the requests, even when it is a note as well.
  const answered = new Set(plan.requests.map((r) => r.message));
  const notes = plan.clinicianNotes.filter((n) => !answered.has(n));
  if (notes.length === 0 && plan.requests.length === 0) return null;
  return (
    <section className="banner banner--warn plan-notices" aria-labelledby="plan-notices">
      <span className="banner__icon" aria-hidden="true">
        ☑
      </span>
      <div className="stack">
        <h2 id="plan-notices" className="banner__title">
          {t('notices.title')}
        </h2>
        {notes.length === 0 ? null : (
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {plan.requests.length === 0 ? null : (
          <div>
            <h3>{t('notices.requests')}</h3>
            <ul>
              {plan.requests.map((r) => (
                // The core's message names the request and cites its sources.
                <li key={r.request}>{r.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
