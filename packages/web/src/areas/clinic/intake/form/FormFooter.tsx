import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client';
import { errorText } from '../../../../ui/states';
import { STEPS, type Step } from './steps';

/** Back and Next (Next is the form's submit, so Enter moves on); the last step records it. */
export function FormFooter(props: {
  index: number;
  pending: boolean;
  failure: unknown;
  onBack: (step: Step) => void;
}) {
  const { t } = useTranslation('intake');
  const { t: tc } = useTranslation();
  const previous = STEPS[props.index - 1];
  const next = STEPS[props.index + 1];
  // Field problems are shown beside their fields; anything else (offline, forbidden) here.
  const general =
    props.failure !== null &&
    !(props.failure instanceof ApiError && props.failure.fields.length > 0);
  return (
    <div className="stack">
      {general ? (
        <div className="banner banner--danger" role="alert">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <p>{errorText(props.failure, tc)}</p>
        </div>
      ) : null}
      <div className="form-footer">
        {previous === undefined ? (
          <span />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              props.onBack(previous);
            }}
          >
            <span aria-hidden="true">←</span> {t('form.back', { section: t(`steps.${previous}`) })}
          </button>
        )}
        {next === undefined ? (
          <button type="submit" className="button" disabled={props.pending}>
            {props.pending ? t('form.recording') : t('form.record')}
          </button>
        ) : (
          <button type="submit" className="button">
            {t('form.next', { section: t(`steps.${next}`) })} <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
    </div>
  );
}
