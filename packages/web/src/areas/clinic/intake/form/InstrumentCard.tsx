import { INSTRUMENTS, scoreInstrument, type AnswerOption } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { RadioGroup, type Option } from './controls';
import type { Answer, QuestionnaireId } from './draft';
import { QuestionnaireCard } from './QuestionnaireCard';

/** A 0..n scale whose middle options are bare numbers: shown as numbers, anchors said once. */
function isNumericScale(options: readonly AnswerOption[]): boolean {
  return options.length > 3 && options.slice(1, -1).every((o, i) => o.label === String(i + 1));
}

function itemOptions(options: readonly AnswerOption[], skippable: string | null) {
  const numeric = isNumericScale(options);
  const list: Option<string>[] = options.map((o, index) => {
    const anchor = /\((.*)\)$/.exec(o.label)?.[1];
    return numeric
      ? {
          value: String(index),
          label: String(index),
          ...(anchor === undefined ? {} : { detail: anchor }),
        }
      : { value: String(index), label: o.label };
  });
  if (skippable !== null) list.push({ value: '', label: skippable });
  return list;
}

/**
 * One questionnaire: our own short label per item (the core's paraphrases), a choice per item,
 * and the score with its band as the core's scorer computes it while answers come in.
 */
export function InstrumentCard(props: {
  id: QuestionnaireId;
  included: boolean;
  answers: readonly Answer[];
  onInclude: (included: boolean) => void;
  onAnswer: (index: number, answer: Answer) => void;
}) {
  const { t } = useTranslation('intake');
  const def = INSTRUMENTS[props.id];
  const outcome = scoreInstrument(def, props.answers);
  const answered = props.answers.filter((a) => a !== null).length;
  const first = def.items[0]?.options ?? [];
  const numeric = isNumericScale(first);
  // Short answers sit beside the question; long ones (the ODI's) go under it.
  const inline = numeric || def.items.every((i) => i.options.every((o) => o.label.length <= 12));
  const skippable = def.scoring.maxSkipped > 0 ? t('questionnaires.skipped') : null;
  return (
    <QuestionnaireCard
      id={props.id}
      def={def}
      included={props.included}
      onInclude={props.onInclude}
      outcome={outcome}
      progress={t('questionnaires.answered', { answered, total: def.items.length })}
    >
      {numeric && first.length > 0 ? (
        <p className="field__hint">
          {t('questionnaires.scale', {
            low: first[0]?.label ?? '',
            high: first[first.length - 1]?.label ?? '',
          })}
        </p>
      ) : null}
      {def.items.map((item, index) => (
        <RadioGroup
          key={item.id}
          layout={inline ? 'inline' : 'stacked'}
          legend={`${item.number}. ${item.label}`}
          path={`questionnaires.${props.id}.${index}`}
          value={props.answers[index] === null ? '' : String(props.answers[index])}
          options={itemOptions(item.options, skippable)}
          onChange={(v) => {
            props.onAnswer(index, v === '' ? null : Number(v));
          }}
        />
      ))}
      {outcome.ok || answered === 0 ? null : <p className="field__hint">{outcome.error.message}</p>}
      <p className="field__hint">{t('questionnaires.paraphrase')}</p>
    </QuestionnaireCard>
  );
}
