import type { Dose, Frequency } from '@backplan/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../api-types';
import { useFormats } from '../format';
import type { DecisionBody } from '../mutations';
import { exerciseName } from '../shared/exercise-names';
import { AcceptForm } from './AcceptForm';
import { RejectForm } from './RejectForm';

/** The direction of a proposal in shape and words, not colour alone. */
const ACTION_ICON = { progress: '↑', hold: '→', regress: '↓' } as const;
const ACTION_TONE = { progress: 'ok', hold: 'info', regress: 'warn' } as const;

/**
 * One progression proposal: what changes, why, and the clinician's decision: accepting shows the
 * dose to adjust first, rejecting asks for the reason.
 */
export function ProposalCard(props: {
  proposal: Proposal;
  current: { dose: Dose; frequency: Frequency } | undefined;
  busy: boolean;
  error: unknown;
  onDecide: (body: DecisionBody) => void;
}) {
  const { proposal: p, busy } = props;
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const [deciding, setDeciding] = useState<'accept' | 'reject' | null>(null);
  const c = p.change;
  const titleId = `proposal-${p.id}`;
  return (
    <li className="proposal card" aria-labelledby={titleId}>
      <div className="row">
        <h3 id={titleId} className="proposal__name">
          {p.name}
        </h3>
        <span className={`badge badge--${ACTION_TONE[p.action]}`}>
          <span aria-hidden="true">{ACTION_ICON[p.action]}</span>
          {t(`proposals.action.${p.action}`)}
        </span>
      </div>
      {c === null ? null : (
        <dl className="facts facts--tight">
          <div>
            <dt>{t('proposals.change')}</dt>
            <dd>
              {c.toExerciseId === undefined
                ? t('proposals.variableChange', {
                    variable: t(`proposals.variable.${c.variable}`, { defaultValue: c.variable }),
                    from: f.number(c.from),
                    to: f.number(c.to),
                  })
                : t('proposals.moveTo', {
                    name: exerciseName(c.toExerciseId),
                    from: f.number(c.from),
                    to: f.number(c.to),
                  })}
            </dd>
          </div>
          <div>
            <dt>{t('proposals.newDose')}</dt>
            <dd>{c.doseText}</dd>
          </div>
        </dl>
      )}
      <h4 className="proposal__reasons-title">{t('proposals.reasons')}</h4>
      <ul className="proposal__reasons">
        {p.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {p.evidence.length === 0 ? null : (
        <p className="muted small">{t('proposals.evidence', { ids: p.evidence.join(', ') })}</p>
      )}
      {deciding === 'reject' ? (
        <RejectForm
          pending={busy}
          error={props.error}
          onSubmit={props.onDecide}
          onCancel={() => {
            setDeciding(null);
          }}
        />
      ) : deciding === 'accept' && c !== null ? (
        <AcceptForm
          proposal={{ ...p, change: c }}
          current={props.current}
          pending={busy}
          onSubmit={props.onDecide}
          onCancel={() => {
            setDeciding(null);
          }}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              // A proposal without a dose change (hold) has nothing to adjust.
              if (c === null) props.onDecide({ decision: 'accept' });
              else setDeciding('accept');
            }}
          >
            {t('proposals.accept')}
            <span className="visually-hidden"> {p.name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              setDeciding('reject');
            }}
          >
            {t('proposals.reject')}
            <span className="visually-hidden"> {p.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
