import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useTitle } from '../../../ui/use-title';
import type { RedFlag } from '../patient-api';
import { PhoneIcon } from '../shared/icons';
import './seek-care.css';

/**
 * The screen a red flag leads to, at once and over everything else: what to do now in plain
 * words (the server's), how to call for help, and that the therapist knows. Without a red flag
 * (opened directly) it still gives the general safety advice.
 */
export function SeekCareScreen() {
  const { t } = useTranslation('patient');
  useTitle(t('seekCare.title'));
  const redFlag = (useLocation().state as { redFlag?: RedFlag } | null)?.redFlag ?? null;
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A modal dialog: full screen, and the page behind it out of reach until the patient leaves.
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
    heading.current?.focus();
    return () => {
      d?.close();
    };
  }, []);
  const emergency = redFlag === null || redFlag.triage === 'emergency';
  const actions = [
    ...new Set(
      (redFlag?.findings ?? []).flatMap((f) =>
        f.patientAction === undefined || f.patientAction === redFlag?.message
          ? []
          : [f.patientAction],
      ),
    ),
  ];
  const number = t('seekCare.emergencyNumber');

  return (
    <dialog
      ref={dialog}
      className="seek-care"
      aria-labelledby="seek-care-heading"
      onCancel={(event) => {
        // Escape must not close it by accident: leaving is the button at the bottom.
        event.preventDefault();
      }}
    >
      <div className="seek-care__inner stack">
        <p className="seek-care__icon" aria-hidden="true">
          !
        </p>
        <h1 id="seek-care-heading" ref={heading} tabIndex={-1}>
          {redFlag === null
            ? t('seekCare.headingGeneral')
            : emergency
              ? t('seekCare.headingEmergency')
              : t('seekCare.headingUrgent')}
        </h1>
        <p className="seek-care__message">{redFlag?.message ?? t('seekCare.fallback')}</p>
        {actions.length === 0 ? null : (
          <ul>
            {actions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        )}
        <a className="button button--danger button--block seek-care__call" href={`tel:${number}`}>
          <PhoneIcon /> {t('seekCare.call')}
        </a>
        <p className="seek-care__small">{t('seekCare.numberHint', { number })}</p>
        <p>{emergency ? t('seekCare.stopExercises') : t('seekCare.contactDoctor')}</p>
        {redFlag === null ? null : (
          <p className="seek-care__told">
            <span aria-hidden="true">✓ </span>
            {t('seekCare.therapistTold')}
          </p>
        )}
        {redFlag === null || redFlag.findings.length === 0 ? null : (
          <details>
            <summary>{t('seekCare.forTheDoctor')}</summary>
            <p>{t('seekCare.forTheDoctorIntro')}</p>
            <ul>
              {redFlag.findings.map((f) => (
                <li key={f.flag}>{f.flagName}</li>
              ))}
            </ul>
          </details>
        )}
        <Link className="button button--secondary button--block" to="/patient">
          {t('seekCare.back')}
        </Link>
      </div>
    </dialog>
  );
}
