import { COMORBIDITIES } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { CheckGroup, NumberField, RadioGroup } from './controls';
import { patchSection, type SectionProps } from './draft';
import { Disclosure } from './Disclosure';
import { vocab } from './vocab';

const TRIMESTERS = ['1', '2', '3'] as const;

/**
 * Other conditions, falls and when back pain first began: folded, since most patients have none
 * of them, and open by itself once anything is recorded. The trimester is asked only once
 * pregnancy is ticked.
 */
export function OtherHistoryFields({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const h = draft.history;
  const pregnant = h.comorbidities.includes('pregnancy');
  const recorded =
    h.comorbidities.length +
    (h.ageAtFirstOnset.trim() === '' ? 0 : 1) +
    (h.fallsInLastYear.trim() === '' ? 0 : 1);
  return (
    <Disclosure
      title={t('history.otherTitle')}
      detail={t('history.otherDetail')}
      recorded={recorded}
      paths={[
        'history.comorbidities',
        'history.ageAtFirstOnset',
        'history.fallsInLastYear',
        'history.pregnancyTrimester',
      ]}
    >
      <CheckGroup
        legend={t('history.comorbidities')}
        path="history.comorbidities"
        values={h.comorbidities}
        options={vocab(t, 'comorbidity', COMORBIDITIES)}
        onChange={(comorbidities) => {
          patchSection(update, 'history', { comorbidities });
        }}
      />
      {pregnant ? (
        <RadioGroup
          legend={t('history.trimester')}
          hint={t('history.trimesterHint')}
          path="history.pregnancyTrimester"
          value={h.pregnancyTrimester}
          options={[
            ...TRIMESTERS.map((n) => ({ value: n, label: t(`vocab.trimester.${n}`) })),
            { value: '' as const, label: t('form.notRecorded') },
          ]}
          onChange={(pregnancyTrimester) => {
            patchSection(update, 'history', { pregnancyTrimester });
          }}
        />
      ) : null}
      <div className="form-grid">
        <NumberField
          label={t('history.ageAtFirstOnset')}
          hint={t('history.ageAtFirstOnsetHint')}
          path="history.ageAtFirstOnset"
          value={h.ageAtFirstOnset}
          onChange={(ageAtFirstOnset) => {
            patchSection(update, 'history', { ageAtFirstOnset });
          }}
        />
        <NumberField
          label={t('history.falls')}
          hint={t('history.fallsHint')}
          path="history.fallsInLastYear"
          value={h.fallsInLastYear}
          onChange={(fallsInLastYear) => {
            patchSection(update, 'history', { fallsInLastYear });
          }}
        />
      </div>
    </Disclosure>
  );
}
