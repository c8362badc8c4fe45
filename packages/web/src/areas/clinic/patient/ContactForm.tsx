import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field, FormErrors } from '../../../ui/Field';
import type { Patient } from '../api-types';
import { useUpdateContact } from '../mutations';
import { useErrorText } from '../shared/use-error-text';

const SHOWN = ['phone', 'emergencyContact', 'emergencyContact.name', 'emergencyContact.phone'];

/**
 * Edits the patient's phone and emergency contact; an empty field clears it. The server checks
 * the numbers and names the field it refuses.
 */
export function ContactForm(props: { patient: Patient; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('clinic');
  const errorText = useErrorText();
  const { patient } = props;
  const update = useUpdateContact(patient.id);
  const [phone, setPhone] = useState(patient.phone ?? '');
  const [name, setName] = useState(patient.emergencyContact?.name ?? '');
  const [contactPhone, setContactPhone] = useState(patient.emergencyContact?.phone ?? '');
  const [half, setHalf] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);
  const apiError = update.error instanceof ApiError ? update.error : null;
  const shown = half
    ? new ApiError(400, 'validation-failed', t('contact.bothNeeded'), [
        {
          path: name.trim() === '' ? 'body.emergencyContact.name' : 'body.emergencyContact.phone',
          message: t('contact.bothNeeded'),
        },
      ])
    : apiError;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const n = name.trim();
    const cp = contactPhone.trim();
    if ((n === '') !== (cp === '')) {
      setHalf(true);
      return;
    }
    setHalf(false);
    update.mutate(
      {
        phone: phone.trim() === '' ? null : phone.trim(),
        emergencyContact: n === '' ? null : { name: n, phone: cp },
      },
      {
        onSuccess: () => {
          props.onDone(true);
        },
      },
    );
  };

  const text = (
    label: string,
    field: string,
    value: string,
    set: (v: string) => void,
    type: 'tel' | 'text',
  ) => (
    <Field
      label={label}
      name={field}
      error={shown}
      hint={type === 'tel' ? t('contact.phoneHint') : undefined}
    >
      {(c) => (
        <input
          {...c}
          type={type}
          autoComplete="off"
          value={value}
          onChange={(e) => {
            set(e.target.value);
          }}
        />
      )}
    </Field>
  );

  return (
    <form className="stack" onSubmit={submit} noValidate ref={form}>
      <FormErrors error={shown} shown={SHOWN} />
      {text(t('contact.phoneLabel'), 'phone', phone, setPhone, 'tel')}
      <fieldset className="field">
        <legend>{t('contact.emergencyContact')}</legend>
        {text(t('contact.contactName'), 'emergencyContact.name', name, setName, 'text')}
        {text(
          t('contact.contactPhone'),
          'emergencyContact.phone',
          contactPhone,
          setContactPhone,
          'tel',
        )}
      </fieldset>
      {update.error !== null && apiError === null ? (
        <p className="field__error" role="alert">
          {errorText(update.error)}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('contact.saving') : t('contact.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            props.onDone(false);
          }}
        >
          {t('outcome.cancel')}
        </button>
      </div>
    </form>
  );
}
