import type { CheckQuestion as Question } from '@backplan/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../shared/controls.css';
import './lessons.css';

/** One check question: pick an answer and hear at once whether it is right, and why. */
export function CheckQuestion({ question, index }: { question: Question; index: number }) {
  const { t } = useTranslation('patient');
  const id = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const right = picked === question.answer;
  return (
    <fieldset className="quiz" aria-describedby={`${id}-feedback`}>
      <legend>
        <span className="visually-hidden">{t('lesson.questionNumber', { n: index + 1 })} </span>
        {question.question}
      </legend>
      <div className="quiz__options">
        {question.options.map((option, i) => (
          <label
            key={option}
            className={`choice quiz__option${picked === i ? (right ? ' is-right' : ' is-wrong') : ''}`}
          >
            <input
              type="radio"
              name={`${id}-q`}
              checked={picked === i}
              onChange={() => {
                setPicked(i);
              }}
            />
            <span>{option}</span>
          </label>
        ))}
      </div>
      <div id={`${id}-feedback`} aria-live="polite">
        {picked === null ? null : (
          <div className={`banner ${right ? 'banner--ok' : 'banner--warn'}`}>
            <span className="banner__icon" aria-hidden="true">
              {right ? '✓' : '✗'}
            </span>
            <div>
              <p>
                <strong>{right ? t('lesson.right') : t('lesson.notQuite')}</strong>
              </p>
              {right ? null : (
                <p>{t('lesson.rightAnswer', { answer: question.options[question.answer] })}</p>
              )}
              <p>{question.explanation}</p>
            </div>
          </div>
        )}
      </div>
    </fieldset>
  );
}
