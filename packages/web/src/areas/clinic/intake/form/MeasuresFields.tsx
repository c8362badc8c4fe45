import { useTranslation } from 'react-i18next';
import { NumberField } from './controls';
import { patchSection, type Draft, type SectionProps, type Sided } from './draft';

type Single = Exclude<
  keyof Draft['measures'],
  'straightLegRaiseDeg' | 'hipInternalRotationDeg' | 'sideBridgeSeconds'
>;
type Pair = 'straightLegRaiseDeg' | 'hipInternalRotationDeg' | 'sideBridgeSeconds';

const SINGLES: readonly Single[] = [
  'fingertipToFloorCm',
  'bieringSorensenSeconds',
  'trunkFlexorEnduranceSeconds',
  'fiveTimesSitToStandSeconds',
  'walkingMinutesPerDay',
  'walkingToleranceMinutes',
  'stepsPerDay',
];
const PAIRS: readonly Pair[] = [
  'straightLegRaiseDeg',
  'hipInternalRotationDeg',
  'sideBridgeSeconds',
];

/** Physical measures, each with its unit in the label; left and right where sided. */
export function MeasuresFields({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const m = draft.measures;
  const setPair = (key: Pair, side: keyof Sided, value: string) => {
    patchSection(update, 'measures', { [key]: { ...m[key], [side]: value } });
  };
  return (
    <section className="stack" aria-labelledby="intake-h-measures">
      <h3 id="intake-h-measures">{t('exam.measuresTitle')}</h3>
      <div className="form-grid">
        {PAIRS.flatMap((key) =>
          (['left', 'right'] as const).map((side) => (
            <NumberField
              key={`${key}.${side}`}
              decimal
              label={t(`exam.measure.${key}`, { side: t(`form.${side}`) })}
              path={`measures.${key}.${side}`}
              value={m[key][side]}
              onChange={(value) => {
                setPair(key, side, value);
              }}
            />
          )),
        )}
        {SINGLES.map((key) => (
          <NumberField
            key={key}
            decimal={key !== 'stepsPerDay'}
            label={t(`exam.measure.${key}`)}
            path={`measures.${key}`}
            value={m[key]}
            onChange={(value) => {
              patchSection(update, 'measures', { [key]: value });
            }}
          />
        ))}
      </div>
    </section>
  );
}
