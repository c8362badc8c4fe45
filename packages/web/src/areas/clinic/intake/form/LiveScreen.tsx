import {
  daysBetween,
  FACT_LABELS,
  screenContextOf,
  screenRedFlags,
  toUtcDate,
} from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { TRIAGE_LOOK } from '../triage-look';
import { TriageIcon } from '../TriageIcon';
import type { Draft } from './draft';

/** A typed number within the range the schema allows, or undefined until it is one. */
function typedNumber(value: string, min: number, max: number): number | undefined {
  const n = Number(value);
  return value.trim() === '' || !(n >= min && n <= max) ? undefined : n;
}

/** What the screen needs besides the answers, once section (a) gives it; else null. */
function contextOf(d: Draft) {
  const age = Number(d.patient.age);
  const previous = Number(d.history.previousEpisodes);
  const onset = toUtcDate(d.history.onsetDate);
  const asOf = toUtcDate(d.assessedOn);
  if (d.patient.age === '' || d.history.previousEpisodes === '') return null;
  if (!Number.isInteger(age) || !Number.isInteger(previous) || onset === null || asOf === null)
    return null;
  const days = daysBetween(onset, asOf);
  // The age at first onset and a measured temperature count as the server counts them.
  return days < 0
    ? null
    : screenContextOf(age, days, previous, {
        ageAtFirstOnset: typedNumber(d.history.ageAtFirstOnset, 0, age),
        temperatureCelsius: typedNumber(d.examination.temperatureCelsius, 30, 45),
      });
}

/**
 * The red-flag screen run in the browser on the answers so far, with the core's own rules, so
 * an emergency shows the moment it is answered. The server runs the same screen on submit.
 */
export function LiveScreen(props: { draft: Draft; answered: number; total: number }) {
  const { t } = useTranslation('intake');
  const context = contextOf(props.draft);
  const count = t('redFlags.answered', { answered: props.answered, total: props.total });
  if (context === null) {
    return (
      <p className="banner banner--info" role="status">
        <span className="banner__icon" aria-hidden="true">
          ℹ
        </span>
        <span>
          {count} {t('redFlags.needContext')}
        </span>
      </p>
    );
  }
  const screen = screenRedFlags({ answers: props.draft.redFlags, context });
  const look = TRIAGE_LOOK[screen.triage];
  const findings = screen.findings.filter((f) => f.level !== 'note');
  return (
    <div className={`banner banner--${look.tone}`} role="status" aria-live="polite">
      <TriageIcon triage={screen.triage} size={24} />
      <div>
        <p>
          <strong>
            {t('redFlags.live')}: {t(`triage.${screen.triage}.title`)}
          </strong>{' '}
          · {count}
        </p>
        {findings.length === 0 ? null : (
          <ul>
            {findings.map((f) => (
              <li key={f.flag}>
                <strong>{f.flagName}</strong> ({f.raisedBy.map((id) => FACT_LABELS[id]).join(', ')}
                ): {f.action}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
