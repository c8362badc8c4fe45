import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../ui/states';
import { useDecide, type DecisionResult } from '../mutations';
import { paths } from '../paths';
import { usePlan, useProposals } from '../queries';
import { useErrorText } from '../shared/use-error-text';
import { ProposalCard } from './ProposalCard';

/** Open progression proposals; accepting one publishes a new plan version. */
export function ProposalList({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const proposals = useProposals(patientId);
  const decide = useDecide(patientId);
  const [decidingId, setDecidingId] = useState<string | null>(null);
  const errorText = useErrorText();
  const [last, setLast] = useState<DecisionResult | null>(null);
  const done = useRef<HTMLDivElement>(null);
  // The decided card leaves the list: keep the keyboard user's place on the outcome.
  useEffect(() => {
    if (last !== null) done.current?.focus();
  }, [last]);
  const list = proposals.data ?? [];
  // The doses the proposals start from: the plan version they were made for.
  const plan = usePlan(patientId, list[0]?.planId);
  const currentOf = (exerciseId: string) =>
    plan.data?.plan.exercises.find((e) => e.exerciseId === exerciseId);
  return (
    <section className="card stack" aria-labelledby="proposals-title" id="proposals">
      <h2 id="proposals-title">
        {t('proposals.title')}{' '}
        {proposals.data === undefined ? null : (
          <span className="count">{t('proposals.openCount', { count: list.length })}</span>
        )}
      </h2>
      <div role="status" aria-live="polite">
        {last === null ? null : (
          <div className="banner banner--ok" ref={done} tabIndex={-1}>
            <span className="banner__icon" aria-hidden="true">
              ✓
            </span>
            <div>
              <p>
                {t(
                  `proposals.done.${last.proposal.status === 'accepted' ? 'accepted' : 'rejected'}`,
                  {
                    name: last.proposal.name,
                  },
                )}
              </p>
              {last.warnings.some((w) => w.code === 'dose-jump') ? (
                <p>{t('proposals.doseJumpAccepted')}</p>
              ) : null}
              {last.plan === null ? null : (
                <p>
                  {t('proposals.newVersion', { version: last.plan.version })}{' '}
                  <Link to={paths.plan(patientId, last.plan.id)}>
                    {t('proposals.openPlan', { version: last.plan.version })}
                  </Link>
                </p>
              )}
            </div>
          </div>
        )}
      </div>
      {decide.isError ? (
        <div className="banner banner--danger" role="alert">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <p>{errorText(decide.error)}</p>
        </div>
      ) : null}
      {proposals.isPending ? <Loading /> : null}
      {proposals.isError ? (
        <ErrorState error={proposals.error} retry={() => void proposals.refetch()} />
      ) : null}
      {proposals.data !== undefined && list.length === 0 ? (
        <p className="muted">{t('proposals.none')}</p>
      ) : null}
      {list.length > 0 ? (
        <ul className="proposal-list">
          {list.map((p) => (
            <ProposalCard
              key={p.id}
              proposal={p}
              current={currentOf(p.exerciseId)}
              busy={decide.isPending}
              error={decidingId === p.id ? decide.error : null}
              onDecide={(body) => {
                setLast(null);
                setDecidingId(p.id);
                decide.mutate(
                  { proposalId: p.id, body },
                  {
                    onSuccess: (result) => {
                      setDecidingId(null);
                      setLast(result);
                    },
                  },
                );
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
