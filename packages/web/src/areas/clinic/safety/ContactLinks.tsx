import { useTranslation } from 'react-i18next';
import { telHref } from '../../../ui/tel';
import type { Patient } from '../api-types';

/** The patient's phone and emergency contact as `tel:` links, or that none is recorded. */
export function ContactLinks({ patient }: { patient: Patient }) {
  const { t } = useTranslation('clinic');
  const contact = patient.emergencyContact;
  return (
    <ul className="contact-links">
      <li>
        <span className="muted">{t('contact.patientPhone')}</span>{' '}
        {patient.phone === null ? (
          <span>{t('contact.none')}</span>
        ) : (
          <a href={telHref(patient.phone)}>
            {t('contact.call', { name: patient.displayName, phone: patient.phone })}
          </a>
        )}
      </li>
      <li>
        <span className="muted">{t('contact.emergencyContact')}</span>{' '}
        {contact === null ? (
          <span>{t('contact.none')}</span>
        ) : (
          <a href={telHref(contact.phone)}>
            {t('contact.call', { name: contact.name, phone: contact.phone })}
          </a>
        )}
      </li>
    </ul>
  );
}
