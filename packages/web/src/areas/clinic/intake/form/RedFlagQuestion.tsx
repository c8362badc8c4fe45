import type { RedFlagAnswer, RedFlagQuestionId } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { RadioGroup, TextField } from './controls';

type Choice = '' | 'yes' | 'no' | 'not-asked';

const choiceOf = (answer: RedFlagAnswer | undefined): Choice =>
  answer === undefined ? '' : answer === true ? 'yes' : answer === false ? 'no' : 'not-asked';

/**
 * One red-flag question: yes, no, or "not asked", which then needs the reason (an unanswered
 * question keeps the screen open; a question not asked says why).
 */
export function RedFlagQuestion(props: {
  id: RedFlagQuestionId;
  text: string;
  hint: string | undefined;
  answer: RedFlagAnswer | undefined;
  onChange: (answer: RedFlagAnswer) => void;
}) {
  const { t } = useTranslation('intake');
  const { id, answer } = props;
  const choice = choiceOf(answer);
  const reason = typeof answer === 'object' ? answer.notAsked : '';
  return (
    <div className="red-flag-question">
      <RadioGroup<Exclude<Choice, ''>>
        layout="inline"
        legend={props.text}
        path={`redFlags.${id}`}
        {...(props.hint === undefined ? {} : { hint: props.hint })}
        value={choice}
        options={[
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
          { value: 'not-asked', label: t('redFlags.notAsked') },
        ]}
        onChange={(v) => {
          if (v === 'yes') props.onChange(true);
          else if (v === 'no') props.onChange(false);
          else if (v === 'not-asked') props.onChange({ notAsked: reason });
        }}
      />
      {choice === 'not-asked' ? (
        <TextField
          label={t('redFlags.notAskedReason')}
          hint={t('redFlags.notAskedHint')}
          path={`redFlags.${id}.notAsked`}
          value={reason}
          onChange={(text) => {
            props.onChange({ notAsked: text });
          }}
        />
      ) : null}
    </div>
  );
}
