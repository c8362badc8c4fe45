import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/states';
import { otherFields } from './answers';

/**
 * What stops the answers being sent, above the questions: the server's refusal in plain words
 * (with the fields it named that are not one question: those show beside their question), and how
 * many questions still need an answer once the patient has tried to send.
 */
export function FormProblems(props: { error: unknown; shortBy: number; maxSkipped: number }) {
  const { t } = useTranslation('patient');
  const { t: tc } = useTranslation();
  const { error, shortBy, maxSkipped } = props;
  const others = otherFields(error);
  return (
    <>
      {error === null ? null : (
        <div className="banner banner--danger" role="alert">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <div>
            <p>{errorText(error, tc)}</p>
            {others.length === 0 ? null : (
              <ul>
                {others.map((f) => (
                  <li key={f.path}>{f.message}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {shortBy > 0 ? (
        <div className="banner banner--warn" role="alert">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <p>
            {maxSkipped === 0
              ? t('questionnaires.missing', { count: shortBy })
              : t('questionnaires.missingSkippable', { count: shortBy, skip: maxSkipped })}
          </p>
        </div>
      ) : null}
    </>
  );
}
