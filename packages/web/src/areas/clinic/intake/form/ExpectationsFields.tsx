import { OUTLOOKS, TREATMENT_REQUESTS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { CheckGroup, RadioGroup, TextField } from './controls';
import { patchSection, type SectionProps } from './draft';
import { Disclosure } from './Disclosure';
import { vocab } from './vocab';

/**
 * What the patient asks for and expects: folded until needed. The plan answers each request (a
 * lesson on why a discouraged treatment is not offered, a note for the therapist on the others).
 */
export function ExpectationsFields({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const e = draft.expectations;
  const recorded = e.requests.length + (e.outlook === '' ? 0 : 1) + (e.notes.trim() === '' ? 0 : 1);
  return (
    <Disclosure
      title={t('expectations.title')}
      detail={t('expectations.detail')}
      recorded={recorded}
      paths={['expectations']}
    >
      <CheckGroup
        legend={t('expectations.requests')}
        hint={t('expectations.requestsHint')}
        path="expectations.requests"
        values={e.requests}
        options={vocab(t, 'request', TREATMENT_REQUESTS)}
        onChange={(requests) => {
          patchSection(update, 'expectations', { requests });
        }}
      />
      <RadioGroup
        legend={t('expectations.outlook')}
        path="expectations.outlook"
        value={e.outlook}
        options={[...vocab(t, 'outlook', OUTLOOKS), { value: '', label: t('form.notRecorded') }]}
        onChange={(outlook) => {
          patchSection(update, 'expectations', { outlook });
        }}
      />
      <TextField
        multiline
        label={t('expectations.notes')}
        hint={t('expectations.notesHint')}
        path="expectations.notes"
        value={e.notes}
        onChange={(notes) => {
          patchSection(update, 'expectations', { notes });
        }}
      />
    </Disclosure>
  );
}
