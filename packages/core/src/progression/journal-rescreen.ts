import { formatDate, toUtcDate } from '../assessment/parse.js';
import { rescreen } from '../red-flags/rescreen.js';
import type { ScreenInput } from '../red-flags/types.js';
import type { Journal } from './journal.js';
import { ALERTS } from './rules.js';
import type { Alert, JournalRescreen } from './types.js';

/** Every red-flag symptom the patient reported from `since` to `asOf`, with its latest date. */
function recentSymptoms(
  journal: Journal,
  since: string,
  asOf: string,
): { symptoms: string[]; reportedOn: string } | null {
  const symptoms: string[] = [];
  let reportedOn = '';
  const add = (date: string, list: readonly string[]) => {
    if (list.length === 0 || date < since || date > asOf) return;
    symptoms.push(...list);
    if (date > reportedOn) reportedOn = date;
  };
  for (const e of journal.entries) add(e.performedOn, e.newSymptoms);
  for (const m of journal.morningChecks) add(m.date, m.newSymptoms);
  for (const r of journal.symptomReports) add(r.reportedOn, r.symptoms);
  return symptoms.length === 0 ? null : { symptoms, reportedOn };
}

/**
 * The re-screen of the red-flag symptoms reported in the last 14 days, in journal entries,
 * morning checks and symptom reports alike, through the one `rescreen` with the latest
 * assessment as baseline (red-flags.md; finucane-2020). Null when none was reported.
 */
export function journalRescreen(
  journal: Journal,
  asOf: string,
  baseline: ScreenInput | null,
): JournalRescreen | null {
  const end = toUtcDate(asOf)?.getTime() ?? 0;
  const since = formatDate(new Date(end - ALERTS.redFlagWindowDays * 86_400_000));
  const recent = recentSymptoms(journal, since, asOf);
  if (recent === null) return null;
  const check = rescreen({ baseline, symptoms: recent.symptoms });
  return {
    symptoms: check.symptoms,
    reportedOn: recent.reportedOn,
    triage: check.result.triage,
    findings: check.result.findings,
    newFindings: check.newFindings,
    safety: check.safety,
  };
}

/**
 * Any new red-flag symptom is a critical alert (progression.md), whatever the re-screen
 * concludes: the clinician sees what changed, or that nothing did.
 */
export function redFlagAlert(check: JournalRescreen): Alert {
  const found =
    check.newFindings.length === 0
      ? 'the re-screen with the latest assessment raises no new flag; check with the patient.'
      : `${check.newFindings.map((f) => `${f.flagName} (${f.level})`).join(', ')}. Act on the screen now.`;
  return {
    type: 'red-flag',
    level: 'critical',
    message: `New red-flag symptom reported on ${check.reportedOn} (${check.symptoms.join(', ')}): ${found}`,
    on: check.reportedOn,
    evidence: ['finucane-2020', 'nice-ng59'],
  };
}
