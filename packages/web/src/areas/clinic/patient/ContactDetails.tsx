import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../api-types';
import { ContactLinks } from '../safety/ContactLinks';
import { ContactForm } from './ContactForm';
import { NewInviteLink } from './NewInviteLink';

/** The patient's phone and emergency contact, with the way to change them. */
export function ContactDetails({ patient }: { patient: Patient }) {
  const { t } = useTranslation('clinic');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="card stack" aria-labelledby="contact-title" id="contact">
      <h2 id="contact-title">{t('contact.title')}</h2>
      {editing ? (
        <ContactForm
          patient={patient}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      ) : (
        <>
          <ContactLinks patient={patient} />
          <div role="status">
            {saved ? (
              <p>
                <span aria-hidden="true">✓ </span>
                {t('contact.saved')}
              </p>
            ) : null}
          </div>
          <div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('contact.edit')}
            </button>
          </div>
        </>
      )}
      {patient.hasAccount ? <NewInviteLink patientId={patient.id} /> : null}
    </section>
  );
}
