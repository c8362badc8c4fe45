import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field, FormErrors } from '../../ui/Field';
import { ErrorState, Loading } from '../../ui/states';
import { useTitle } from '../../ui/use-title';
import { useClinicSettings, useSetClinicPhone } from './admin-api';

/** `/admin/clinic`: the clinic's settings. Today its phone number, shown to patients in need. */
export function ClinicScreen() {
  const { t } = useTranslation('admin');
  useTitle(t('clinic.pageTitle'));
  const clinic = useClinicSettings();
  return (
    <div className="stack page-narrow">
      <div>
        <h1>{t('clinic.pageTitle')}</h1>
        <p className="muted">{t('clinic.intro')}</p>
      </div>
      {clinic.isPending ? <Loading /> : null}
      {clinic.isError ? (
        <ErrorState error={clinic.error} retry={() => void clinic.refetch()} />
      ) : null}
      {clinic.data === undefined ? null : (
        <PhoneForm name={clinic.data.name} phone={clinic.data.phone} />
      )}
    </div>
  );
}

function PhoneForm(props: { name: string; phone: string | null }) {
  const { t } = useTranslation('admin');
  const save = useSetClinicPhone();
  const [phone, setPhone] = useState(props.phone ?? '');
  const error = save.error instanceof ApiError ? save.error : null;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(phone.trim() === '' ? null : phone.trim());
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="clinic-phone-title">
      <h2 id="clinic-phone-title">{props.name}</h2>
      <FormErrors error={error} shown={['phone']} />
      <Field label={t('clinic.phone')} hint={t('clinic.phoneHint')} name="phone" error={error}>
        {(c) => (
          <input
            {...c}
            type="tel"
            autoComplete="off"
            maxLength={40}
            value={phone}
            onChange={(e) => {
              save.reset();
              setPhone(e.target.value);
            }}
          />
        )}
      </Field>
      <div role="status">
        {save.isSuccess ? (
          <p>
            <span aria-hidden="true">✓ </span>
            {save.data.clinic.phone === null ? t('clinic.removed') : t('clinic.saved')}
          </p>
        ) : null}
      </div>
      {save.error !== null && error === null ? <ErrorState error={save.error} /> : null}
      <div>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('clinic.saving') : t('clinic.save')}
        </button>
      </div>
    </form>
  );
}
