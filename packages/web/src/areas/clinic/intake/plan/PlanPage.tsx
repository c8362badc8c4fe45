import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorState, Loading } from '../../../../ui/states';
import { useTitle } from '../../../../ui/use-title';
import { paths } from '../../paths';
import { activePlan, usePlan, usePlans } from '../../queries';
import { usePublishPlan } from '../intake-api';
import { PatientTrail, usePatientName } from '../PatientTrail';
import type { PlanSummary, PlanVersion } from '../../api-types';
import { DraftPanel } from './DraftPanel';
import { EditBar } from './EditBar';
import { GradedExposure } from './GradedExposure';
import { Exercises } from './Exercises';
import { PlanGoals } from './PlanGoals';
import { PlanHeader } from './PlanHeader';
import { PlanNotices } from './PlanNotices';
import { Phases, PlanOverview } from './PlanOverview';
import { ActivityGoal, Discharge, Interventions, Lessons } from './PlanExtras';
import { PublishDialog } from './PublishDialog';
import { useLeaveGuard } from './use-leave-guard';
import { usePlanEdits } from './use-plan-edits';
import { WarningList } from './WarningList';
import './plan.css';

function publishedNotice(state: unknown): { version: number; warnings: number } | null {
  if (typeof state !== 'object' || state === null || !('published' in state)) return null;
  const p = state.published;
  if (typeof p !== 'object' || p === null) return null;
  const { version, warnings } = p as { version?: unknown; warnings?: unknown };
  return typeof version === 'number' && typeof warnings === 'number' ? { version, warnings } : null;
}

function PlanView(props: {
  patientId: string;
  version: PlanVersion;
  plans: readonly PlanSummary[];
}) {
  const { t } = useTranslation('intake');
  const { patientId, version } = props;
  const editor = usePlanEdits(patientId, version.id, version.plan);
  const publish = usePublishPlan(patientId, version.id);
  const navigate = useNavigate();
  const location = useLocation();
  const [confirming, setConfirming] = useState(false);
  const guard = useLeaveGuard(editor.edits.length > 0);
  const draft = version.status === 'draft';
  const editable = version.status === 'active' || draft;
  const episode = props.plans.filter((p) => p.episodeId === version.episodeId);
  // A draft published as it is keeps its number; with changes it becomes the next version.
  const nextVersion =
    draft && editor.edits.length === 0
      ? version.version
      : Math.max(version.version, ...episode.map((p) => p.version)) + 1;
  const active = activePlan(episode);
  const plan = editor.plan;
  const placed = new Set([
    ...plan.exercises.map((e) => e.exerciseId),
    ...plan.interventions.map((i) => i.interventionId),
  ]);
  const general = editor.warnings.filter((w) => !placed.has(w.subject));
  const published = publishedNotice(location.state);

  const confirm = () => {
    publish.mutate(editor.edits, {
      onSuccess: (next) => {
        setConfirming(false);
        guard.allow();
        void navigate(paths.plan(patientId, next.id), {
          state: { published: { version: next.version, warnings: next.warnings.length } },
        });
      },
    });
  };

  return (
    <>
      <PlanHeader version={version} patientId={patientId} />
      {published === null ? null : (
        <p className="banner banner--ok" role="status">
          <span className="banner__icon" aria-hidden="true">
            ✓
          </span>
          <span>
            {t('publish.done', { version: published.version, count: published.warnings })}
          </span>
        </p>
      )}
      {draft ? (
        <DraftPanel
          onPublish={() => {
            publish.reset();
            setConfirming(true);
          }}
        />
      ) : editable ? (
        <p className="muted">{t('edit.intro')}</p>
      ) : (
        <p className="banner banner--info">
          <span className="banner__icon" aria-hidden="true">
            ℹ
          </span>
          <span>
            {t('plan.superseded', { version: version.version })}{' '}
            {active === undefined ? null : (
              <Link to={paths.plan(patientId, active.id)}>
                {t('plan.openActive', { version: active.version })}
              </Link>
            )}
          </span>
        </p>
      )}
      <PlanNotices plan={plan} />
      <PlanOverview plan={plan} />
      <PlanGoals goals={plan.goals} progress={version.goalProgress} />
      <WarningList warnings={general} />
      <Exercises editor={editor} editable={editable} stored={version.plan} />
      <GradedExposure plan={plan} onEdit={editable ? editor.push : null} />
      <Lessons plan={plan} />
      <ActivityGoal plan={plan} />
      <Interventions plan={plan} warnings={editor.warnings} />
      <Phases plan={plan} />
      <Discharge plan={plan} />
      {editable ? (
        <EditBar
          guard={guard}
          editor={editor}
          nextVersion={nextVersion}
          draft={draft}
          onPublish={() => {
            publish.reset();
            setConfirming(true);
          }}
        />
      ) : null}
      <PublishDialog
        open={confirming}
        editor={editor}
        version={nextVersion}
        draft={draft}
        pending={publish.isPending}
        failure={publish.error}
        onConfirm={confirm}
        onClose={() => {
          setConfirming(false);
        }}
      />
    </>
  );
}

/** Route `plans/:planId`: one plan version, and the edits that make the next one. */
export function PlanPage({ patientId, planId }: { patientId: string; planId: string }) {
  const { t } = useTranslation('intake');
  const name = usePatientName(patientId);
  const query = usePlan(patientId, planId);
  const plans = usePlans(patientId);
  useTitle(
    query.data === undefined
      ? t('plan.title', { name })
      : t('plan.titleVersion', { name, version: query.data.version }),
  );
  return (
    <div className="stack intake intake--plan">
      <PatientTrail patientId={patientId} current={t('plan.crumb')} />
      {query.isPending ? (
        <>
          <h1>{t('plan.title', { name })}</h1>
          <Loading />
        </>
      ) : query.isError ? (
        <>
          <h1>{t('plan.title', { name })}</h1>
          <ErrorState error={query.error} retry={() => void query.refetch()} />
        </>
      ) : (
        <PlanView patientId={patientId} version={query.data} plans={plans.data ?? []} />
      )}
    </div>
  );
}
