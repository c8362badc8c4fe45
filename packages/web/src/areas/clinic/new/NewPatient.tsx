import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../api/session';
import { Field } from '../../../ui/Field';
import { ErrorState } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { useCreatePatient, type NewPatientResult } from '../mutations';
import { useStaff } from '../queries';
import { FormProblems } from '../shared/FormProblems';
import { useRequiredCheck } from '../shared/local-check';
import { InviteResult } from './InviteResult';

const SHOWN = ['displayName', 'email', 'phone', 'therapistId'];

/** Adds a patient; the answer is their one-time invite link, shown once. */
export function NewPatient() {
  const { t } = useTranslation('clinic');
  useTitle(t('newPatient.title'));
  const [created, setCreated] = useState<NewPatientResult | null>(null);
  if (created !== null) {
    return (
      <InviteResult
        result={created}
        onAnother={() => {
          setCreated(null);
        }}
      />
    );
  }
  return <NewPatientForm onCreated={setCreated} />;
}

function NewPatientForm({ onCreated }: { onCreated: (r: NewPatientResult) => void }) {
  const { t } = useTranslation('clinic');
  const me = useMe();
  const isAdmin = me.data?.user.role === 'admin';
  const staff = useStaff();
  const create = useCreatePatient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [therapistId, setTherapistId] = useState('');
  const { error, check } = useRequiredCheck(create.error);
  const therapists = (staff.data ?? []).filter(
    (s) => s.role === 'therapist' && s.status === 'active',
  );

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const filled = check([
      { name: 'displayName', value: displayName, message: t('newPatient.nameEmpty') },
      { name: 'email', value: email, message: t('newPatient.emailEmpty') },
      ...(isAdmin
        ? [{ name: 'therapistId', value: therapistId, message: t('newPatient.therapistEmpty') }]
        : []),
    ]);
    if (!filled) return;
    create.mutate(
      {
        displayName,
        email,
        ...(phone.trim() === '' ? {} : { phone: phone.trim() }),
        ...(therapistId === '' ? {} : { therapistId }),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <div className="page-narrow stack">
      <p>
        <Link to="/clinic">{t('newPatient.back')}</Link>
      </p>
      <form className="card stack" onSubmit={submit} noValidate>
        <h1>{t('newPatient.title')}</h1>
        <p className="muted">{t('newPatient.intro')}</p>
        <FormProblems error={error} failure={create.error} shown={SHOWN} />
        <Field
          label={t('newPatient.name')}
          name="displayName"
          hint={t('newPatient.nameHint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              required
              maxLength={100}
              value={displayName}
              onChange={(e) => {
                setDisplayName(e.target.value);
              }}
            />
          )}
        </Field>
        <Field
          label={t('newPatient.email')}
          name="email"
          hint={t('newPatient.emailHint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              required
              maxLength={200}
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
            />
          )}
        </Field>
        <Field
          label={t('newPatient.phone')}
          name="phone"
          hint={t('contact.phoneHint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="tel"
              autoComplete="off"
              maxLength={40}
              value={phone}
              onChange={(e) => {
                setPhone(e.target.value);
              }}
            />
          )}
        </Field>
        {isAdmin ? (
          staff.isError ? (
            <ErrorState error={staff.error} retry={() => void staff.refetch()} />
          ) : (
            <Field label={t('newPatient.therapist')} name="therapistId" error={error}>
              {(control) => (
                <select
                  {...control}
                  required
                  value={therapistId}
                  onChange={(e) => {
                    setTherapistId(e.target.value);
                  }}
                >
                  <option value="">
                    {staff.isPending
                      ? t('newPatient.therapistLoading')
                      : t('newPatient.therapistChoose')}
                  </option>
                  {therapists.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )
        ) : (
          <p className="muted">{t('newPatient.assignedToYou')}</p>
        )}
        <button className="button" type="submit" disabled={create.isPending}>
          {create.isPending ? t('newPatient.working') : t('newPatient.submit')}
        </button>
      </form>
    </div>
  );
}
