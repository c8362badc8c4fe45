import { FACT_LABELS, RED_FLAG_QUESTIONS, type ScreenResult } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { EvidenceIds, Reasoned } from '../Reasoned';
import { TRIAGE_LOOK } from '../triage-look';
import { TriageIcon } from '../TriageIcon';

const LEVEL_TONE = {
  emergency: 'danger',
  urgent: 'warn',
  'routine-referral': 'info',
  note: 'info',
} as const;

/**
 * The red-flag screen, first on the result: the triage in words with its icon, what the
 * clinician must do, each finding with the facts that raised it, and any question left unasked.
 */
export function TriageBanner({ screen }: { screen: ScreenResult }) {
  const { t } = useTranslation('intake');
  const unanswered = RED_FLAG_QUESTIONS.filter((q) => screen.unanswered.includes(q.id));
  // Nothing found among the answers is not a clear screen while questions have no answer.
  const incomplete = screen.triage === 'clear' && unanswered.length > 0;
  const look = incomplete ? ({ tone: 'warn' } as const) : TRIAGE_LOOK[screen.triage];
  // Results stored before questions could be marked "not asked" have no such list.
  const stored: Partial<Pick<ScreenResult, 'notAsked'>> = screen;
  const notAsked = (stored.notAsked ?? []).map((n) => ({
    reason: n.reason,
    text: RED_FLAG_QUESTIONS.find((q) => q.id === n.id)?.text ?? n.id,
  }));
  return (
    <section className={`banner banner--${look.tone} triage`} aria-labelledby="triage-heading">
      <span className="triage__icon">
        <TriageIcon triage={incomplete ? 'urgent' : screen.triage} size={36} />
      </span>
      <div className="stack">
        <div>
          <h2 id="triage-heading">
            {incomplete ? t('triage.incomplete.title') : t(`triage.${screen.triage}.title`)}
          </h2>
          <p className="triage__action">
            {incomplete
              ? t('triage.incomplete.action', { count: unanswered.length })
              : t(`triage.${screen.triage}.action`)}
          </p>
        </div>
        {screen.findings.length === 0 ? null : (
          <ul className="findings">
            {screen.findings.map((f) => (
              <li key={f.flag} className="finding">
                <p>
                  <strong>{f.flagName}</strong>{' '}
                  <span className={`badge badge--${LEVEL_TONE[f.level]}`}>
                    {t(`level.${f.level}`)}
                  </span>
                </p>
                <p>
                  <span className="muted">{t('triage.raisedBy')}</span>{' '}
                  {f.raisedBy.map((id) => FACT_LABELS[id]).join(', ')}
                </p>
                <p>
                  <span className="muted">{t('triage.clinicianAction')}</span> {f.action}
                </p>
                {f.patientAction === undefined ? null : (
                  <p>
                    <span className="muted">{t('triage.patientAction')}</span> {f.patientAction}
                  </p>
                )}
                <EvidenceIds ids={f.evidence} />
              </li>
            ))}
          </ul>
        )}
        {unanswered.length === 0 ? null : (
          <div>
            <p>
              <strong>{t('triage.unanswered', { count: unanswered.length })}</strong>
            </p>
            <ul>
              {unanswered.map((q) => (
                <li key={q.id}>{q.text}</li>
              ))}
            </ul>
          </div>
        )}
        {notAsked.length === 0 ? null : (
          <div>
            <p>
              <strong>{t('triage.notAsked', { count: notAsked.length })}</strong>
            </p>
            <ul>
              {notAsked.map((n) => (
                <li key={n.text}>
                  {n.text} <span className="muted">({n.reason})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Reasoned reasons={screen.reasons} evidence={screen.evidence} />
      </div>
    </section>
  );
}
