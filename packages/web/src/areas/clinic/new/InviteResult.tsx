import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../../ui/use-title';
import { useFormats } from '../format';
import type { NewPatientResult } from '../mutations';
import { paths } from '../paths';
import { CopyField } from './CopyField';

/** The new patient's one-time invite link, shown once, with what to do next. */
export function InviteResult(props: { result: NewPatientResult; onAnother: () => void }) {
  const { patient, invite } = props.result;
  const { t } = useTranslation('clinic');
  useTitle(t('invite.title', { name: patient.displayName }));
  const f = useFormats();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const url = `${window.location.origin}${invite.url}`;
  return (
    <div className="page-narrow stack">
      <div className="card stack">
        <h1 ref={heading} tabIndex={-1}>
          {t('invite.title', { name: patient.displayName })}
        </h1>
        <div className="banner banner--ok">
          <span className="banner__icon" aria-hidden="true">
            ✓
          </span>
          <p className="break">{t('invite.created', { email: patient.email })}</p>
        </div>
        <CopyField label={t('invite.link')} value={url} />
        <p>
          <strong>{t('invite.expires', { when: f.stamp(invite.expiresAt) })}</strong>
        </p>
        <p className="muted">{t('invite.once')}</p>
        <div className="row">
          <Link className="button" to={paths.newAssessment(patient.id)}>
            {t('invite.startAssessment')}
          </Link>
          <Link className="button button--secondary" to={paths.dashboard(patient.id)}>
            {t('invite.goToPatient')}
          </Link>
          <button type="button" className="button button--quiet" onClick={props.onAnother}>
            {t('invite.another')}
          </button>
        </div>
      </div>
    </div>
  );
}
