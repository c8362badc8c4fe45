import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ScaleField } from '../shared/ScaleField';
import type { LogState } from './log-form';

/** How the session felt: pain before and during, effort, and whether pain spread down the leg. */
export function FeelSection(props: {
  state: LogState;
  set: (patch: Partial<LogState>) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('patient');
  const { state, set, errorOf } = props;
  return (
    <section className="card stack" aria-labelledby="log-feel-heading">
      <h2 id="log-feel-heading">{t('log.feelTitle')}</h2>
      <ScaleField
        name="painBefore"
        legend={t('log.painBefore')}
        low={t('scale.noPain')}
        high={t('scale.worstPain')}
        value={state.painBefore}
        onChange={(painBefore) => {
          set({ painBefore });
        }}
        error={errorOf('painBefore')}
      />
      <ScaleField
        name="painDuring"
        legend={t('log.painDuring')}
        low={t('scale.noPain')}
        high={t('scale.worstPain')}
        value={state.painDuring}
        onChange={(painDuring) => {
          set({ painDuring });
        }}
        error={errorOf('painDuring')}
      />
      <ScaleField
        name="effort"
        legend={t('log.effort')}
        low={t('scale.noEffort')}
        high={t('scale.maxEffort')}
        value={state.effort}
        onChange={(effort) => {
          set({ effort });
        }}
        error={errorOf('effort')}
      />
      <ChoiceGroup
        name="legPainSpread"
        legend={t('log.legPain')}
        hint={t('log.legPainHint')}
        choices={[
          { value: 'no', label: t('log.no') },
          { value: 'yes', label: t('log.yes') },
        ]}
        value={state.legPainSpread === null ? null : state.legPainSpread ? 'yes' : 'no'}
        onChange={(v) => {
          set({ legPainSpread: v === 'yes' });
        }}
        error={errorOf('legPainSpread')}
      />
    </section>
  );
}
