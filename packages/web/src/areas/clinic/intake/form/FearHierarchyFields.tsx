import { FEAR_HIERARCHY_SIZE } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { NumberField, TextField } from './controls';
import { type FearRow, type SectionProps } from './draft';
import { Disclosure } from './Disclosure';
import { fearFlagged } from './fear-flag';

const blankRow = (): FearRow => ({ activity: '', fear: '' });

/**
 * The activities the patient fears, 3 to 6, each with a fear rating 0-100: the plan practises
 * one a week, lowest fear first. Folded unless the questionnaires flag fear or risk.
 */
export function FearHierarchyFields({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const rows = draft.fearHierarchy;
  const flagged = fearFlagged(draft);
  const filled = rows.filter((r) => r.activity.trim() !== '').length;
  const setRows = (fearHierarchy: FearRow[]) => {
    update((d) => ({ ...d, fearHierarchy }));
  };
  const setRow = (index: number, patch: Partial<FearRow>) => {
    setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };
  return (
    <Disclosure
      title={t('fear.title')}
      detail={t('fear.detail')}
      recorded={filled}
      autoOpen={flagged || rows.length > 0}
      paths={['fearHierarchy']}
    >
      {flagged ? (
        <p className="banner banner--info">
          <span className="banner__icon" aria-hidden="true">
            ℹ
          </span>
          <span>{t('fear.flagged')}</span>
        </p>
      ) : null}
      <p className="muted">{t('fear.intro')}</p>
      {rows.length === 0 ? (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setRows(Array.from({ length: FEAR_HIERARCHY_SIZE.min }, blankRow));
            }}
          >
            {t('fear.start')}
          </button>
        </div>
      ) : (
        <>
          <p className="field__hint">{t('fear.scale')}</p>
          {rows.map((row, index) => (
            <div key={index} className="psfs-row">
              <TextField
                label={t('fear.activity', { n: index + 1 })}
                path={`fearHierarchy.${index}.activity`}
                value={row.activity}
                onChange={(activity) => {
                  setRow(index, { activity });
                }}
              />
              <NumberField
                label={t('fear.fear', { n: index + 1 })}
                path={`fearHierarchy.${index}.fear`}
                value={row.fear}
                onChange={(fear) => {
                  setRow(index, { fear });
                }}
              />
              {rows.length <= FEAR_HIERARCHY_SIZE.min ? null : (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setRows(rows.filter((_, i) => i !== index));
                  }}
                >
                  {t('fear.remove', { n: index + 1 })}
                </button>
              )}
            </div>
          ))}
          <div className="row">
            {rows.length >= FEAR_HIERARCHY_SIZE.max ? null : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setRows([...rows, blankRow()]);
                }}
              >
                {t('fear.add')}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setRows([]);
              }}
            >
              {t('fear.clear')}
            </button>
          </div>
        </>
      )}
    </Disclosure>
  );
}
