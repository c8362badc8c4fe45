import type { AssessmentResult } from '@backplan/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Reasoned } from '../Reasoned';
import { RiskBadge } from '../ScoreValue';

function Conclusion(props: {
  id: string;
  title: string;
  value: ReactNode;
  children?: ReactNode;
  reasons: readonly string[];
  evidence: readonly string[];
}) {
  return (
    <section className="card stack conclusion" aria-labelledby={`c-${props.id}`}>
      <h3 id={`c-${props.id}`}>{props.title}</h3>
      <p className="conclusion__value">{props.value}</p>
      {props.children}
      <Reasoned reasons={props.reasons} evidence={props.evidence} />
    </section>
  );
}

/** The classification: STarT risk, stage, approach, tolerance, direction and psychosocial flags. */
export function Conclusions({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation('intake');
  const { startBack, stage, approach, tolerance, directionalPreference: dp, psychosocial } = result;
  // Results stored before rule set 2026.12.1 have no stenosis conclusion.
  const stenosis = result.stenosis as AssessmentResult['stenosis'] | undefined;
  return (
    <section className="stack" aria-labelledby="classification-heading">
      <h2 id="classification-heading">{t('result.classification')}</h2>
      <div className="grid">
        {startBack === null ? (
          <section className="card stack" aria-labelledby="c-startback">
            <h3 id="c-startback">{t('result.startBack')}</h3>
            <p>
              <span className="badge badge--warn">
                <span aria-hidden="true">⚠</span> {t('scores.notScored')}
              </span>
            </p>
          </section>
        ) : (
          <Conclusion
            id="startback"
            title={t('result.startBack')}
            value={
              <>
                <RiskBadge risk={startBack.risk} />{' '}
                {t('result.startBackScores', {
                  total: startBack.total,
                  psychosocial: startBack.psychosocial,
                })}
              </>
            }
            reasons={startBack.reasons}
            evidence={startBack.evidence}
          >
            <p>
              <strong>{startBack.pathway.label}</strong>
            </p>
            <ul>
              {startBack.pathway.components.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </Conclusion>
        )}
        <Conclusion
          id="stage"
          title={t('result.stage')}
          value={`${t(`vocab.stage.${stage.stage}`)} · ${t('result.daysSinceOnset', { count: stage.daysSinceOnset })}`}
          reasons={stage.reasons}
          evidence={stage.evidence}
        />
        <Conclusion
          id="approach"
          title={t('result.approach')}
          value={approach.label}
          reasons={approach.reasons}
          evidence={approach.evidence}
        >
          <ul>
            {approach.focus.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          {approach.complete ? null : (
            <p className="badge badge--warn">
              <span aria-hidden="true">⚠</span> {t('result.approachIncomplete')}
            </p>
          )}
        </Conclusion>
        <Conclusion
          id="tolerance"
          title={t('result.tolerance')}
          value={t(`vocab.tolerance.${tolerance.tolerance}`)}
          reasons={tolerance.reasons}
          evidence={tolerance.evidence}
        >
          <ul>
            {tolerance.guidance.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </Conclusion>
        <Conclusion
          id="direction"
          title={t('result.direction')}
          value={
            dp.preference === null
              ? dp.tested
                ? t('exam.noPreference')
                : t('exam.notTested')
              : t(`vocab.direction.${dp.preference}`)
          }
          reasons={dp.reasons}
          evidence={dp.evidence}
        >
          {dp.avoid.length === 0 ? null : (
            <p>
              <span className="badge badge--danger">
                <span aria-hidden="true">⚠</span>{' '}
                {t('exam.avoid', {
                  list: dp.avoid.map((d) => t(`vocab.direction.${d}`)).join(', '),
                })}
              </span>
            </p>
          )}
          {dp.centralisation ? (
            <p>
              <span className="badge badge--ok">
                <span aria-hidden="true">✓</span> {t('result.centralisation')}
              </span>
            </p>
          ) : null}
        </Conclusion>
        {stenosis === undefined ? null : (
          <Conclusion
            id="stenosis"
            title={t('result.stenosis')}
            value={
              stenosis.suspected ? (
                <span className="badge badge--warn">
                  <span aria-hidden="true">▲</span> {t('result.stenosisSuspected')}
                </span>
              ) : (
                t('result.stenosisNotSuspected')
              )
            }
            reasons={stenosis.reasons}
            evidence={stenosis.evidence}
          />
        )}
        <Conclusion
          id="psychosocial"
          title={t('result.psychosocial')}
          value={
            psychosocial.elevated ? (
              <span className="badge badge--warn">
                <span aria-hidden="true">▲</span> {t('result.elevated')}
              </span>
            ) : (
              <span className="badge badge--ok">
                <span aria-hidden="true">✓</span> {t('result.notElevated')}
              </span>
            )
          }
          reasons={psychosocial.reasons}
          evidence={psychosocial.evidence}
        >
          {psychosocial.flags.length === 0 ? null : (
            <ul>
              {psychosocial.flags.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          )}
        </Conclusion>
      </div>
    </section>
  );
}
