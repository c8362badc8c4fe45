import { useTranslation } from 'react-i18next';
import { telHref } from '../../../ui/tel';
import type { Today } from '../patient-api';
import { PhoneIcon } from '../shared/icons';

/** The clinic's phone as a big call button, or where to find the number when it has none. */
export function ClinicCall({ clinic, urgent }: { clinic: Today['clinic']; urgent: boolean }) {
  const { t } = useTranslation('patient');
  if (clinic.phone === null) return <p>{t('paused.noClinicPhone', { clinic: clinic.name })}</p>;
  return (
    <a
      className={`button button--block seek-care__call ${urgent ? 'button--danger' : 'button--secondary'}`}
      href={telHref(clinic.phone)}
    >
      <PhoneIcon />{' '}
      <span>
        {t('paused.callClinic', { clinic: clinic.name })}
        <span className="seek-care__number">{clinic.phone}</span>
      </span>
    </a>
  );
}
