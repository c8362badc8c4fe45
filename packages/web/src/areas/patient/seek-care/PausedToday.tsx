import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../../ui/use-title';
import type { Today, TodaySafety } from '../patient-api';
import { SymptomReportForm } from '../report/SymptomReportForm';
import { PhoneIcon } from '../shared/icons';
import { ClinicCall } from './ClinicCall';
import { OnHold } from './OnHold';
import './seek-care.css';

/**
 * Today while the programme is paused. With a red flag open: what to do now (the findings' own
 * instructions), how to call for help (the emergency number and the clinic), that the therapist
 * knows, and a way to report another symptom. No exercises and no session log until a clinician
 * decides.
 */
export function PausedToday({ day }: { day: Today }) {
  return day.safety === null ? <OnHold day={day} /> : <SeekCare day={day} safety={day.safety} />;
}

function SeekCare({ day, safety }: { day: Today; safety: TodaySafety }) {
  const { t } = useTranslation('patient');
  useTitle(t('paused.title'));
  const emergency = safety.state === 'emergency';
  const number = t('seekCare.emergencyNumber');
  return (
    <div className="patient-page stack">
      <section className="seek-care stack" aria-labelledby="seek-care-heading">
        <p className="seek-care__icon" aria-hidden="true">
          !
        </p>
        <h1 id="seek-care-heading">
          {emergency ? t('seekCare.headingEmergency') : t('seekCare.headingUrgent')}
        </h1>
        {safety.instructions.length <= 1 ? (
          <p className="seek-care__message">{safety.instructions[0] ?? t('seekCare.fallback')}</p>
        ) : (
          <ul className="seek-care__instructions">
            {safety.instructions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        {safety.symptoms.length === 0 ? null : (
          <div>
            <p>{t('paused.youReported')}</p>
            <ul>
              {safety.symptoms.map((s) => (
                <li key={s}>{t(`symptom.${s}`, { defaultValue: s })}</li>
              ))}
            </ul>
          </div>
        )}
        {emergency ? (
          <>
            <a
              className="button button--danger button--block seek-care__call"
              href={`tel:${number}`}
            >
              <PhoneIcon /> <span>{t('seekCare.call')}</span>
            </a>
            <p className="seek-care__small">{t('seekCare.numberHint', { number })}</p>
          </>
        ) : null}
        <ClinicCall clinic={day.clinic} urgent={!emergency} />
        <p>
          <strong>{t('paused.programmePaused')}</strong> {t('paused.programmePausedBody')}
        </p>
        <p className="seek-care__told">
          <span aria-hidden="true">✓ </span>
          {t('seekCare.therapistTold')}
        </p>
      </section>
      <section className="card stack" aria-labelledby="report-more-heading">
        <h2 id="report-more-heading">{t('paused.reportTitle')}</h2>
        <p className="muted">{t('paused.reportIntro')}</p>
        <SymptomReportForm date={day.date} headingId="report-more-heading" />
      </section>
      <p>
        <Link to="/patient/lessons">{t('noPlan.lessons')}</Link>
      </p>
    </div>
  );
}
