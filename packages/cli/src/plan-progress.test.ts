import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { captureIo } from './test-io.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const assessment = (name: string) => `${root}examples/assessments/${name}.json`;
/** The plan the example journals were kept against (plan 01 of rule set 2026.12.1, fixed). */
const JOURNAL_PLAN = `${root}examples/journals/plan.json`;
const fixture = (name: string) => `${root}packages/cli/src/fixtures/${name}.json`;
const journalFile = (name: string) => `${root}examples/journals/${name}.json`;

async function run(...argv: string[]) {
  const c = captureIo();
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('backplan plan', () => {
  it('prints a readable plan with exercises, activity, lessons, phases and reasons', async () => {
    const r = await run('plan', assessment('09-sciatica-extension-preference'));
    expect(r.code).toBe(0);
    for (const part of [
      /HOME EXERCISES/,
      /ACTIVITY GOAL/,
      /EDUCATION/,
      /PHASES/,
      /DISCHARGE WHEN/,
      /WHY THIS PLAN/,
      /Review on 2026-11-30/,
    ]) {
      expect(r.stdout).toMatch(part);
    }
  });

  const committedPlans = readdirSync(`${root}examples/plans`).filter((f) => f.endsWith('.json'));

  it('has a committed example plan for each example assessment that gets one', () => {
    expect(committedPlans.length).toBeGreaterThanOrEqual(18);
    expect(committedPlans).toContain('01-acute-flexion-intolerant-manipulation.json');
  });

  it.each(committedPlans)(
    'writes the same plan as the committed example %s with --json',
    async (file) => {
      const name = file.slice(0, -'.json'.length);
      const r = await run('plan', assessment(name), '--json', '--as-of', '2026-11-02');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(
        JSON.parse(readFileSync(`${root}examples/plans/${file}`, 'utf8')),
      );
    },
  );

  it('fits --minutes', async () => {
    const r = await run(
      'plan',
      assessment('02-chronic-high-risk-fear-avoidance'),
      '--json',
      '--minutes',
      '8',
    );
    const plan = JSON.parse(r.stdout) as { minutes: { planned: number; budget: number } };
    expect(plan.minutes.budget).toBe(8);
    expect(plan.minutes.planned).toBeLessThanOrEqual(8);
  });

  it('refuses an emergency with exit 3 and the action', async () => {
    const r = await run('plan', assessment('05-cauda-equina-emergency'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/No plan: Emergency red flag/);
    expect(r.stderr).toMatch(/Cauda equina/);
  });

  it('refuses an urgent triage without a review, and plans with one', async () => {
    const refused = await run('plan', assessment('06-cancer-history-urgent'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/--reviewed-by/);
    const reviewed = await run(
      'plan',
      assessment('06-cancer-history-urgent'),
      '--reviewed-by',
      'Dr Okafor',
      '--reviewed-on',
      '2026-11-01',
      '--review-outcome',
      'Cleared for exercise',
    );
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toMatch(/reviewed by Dr Okafor/);
  });

  it('refuses an incomplete screen with exit 3, naming each unanswered question', async () => {
    const r = await run('plan', `${root}packages/cli/src/fixtures/incomplete-assessment.json`);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/No plan: The red-flag screen is incomplete/);
    expect(r.stderr).toMatch(/Unanswered red-flag questions \(3\):/);
    for (const id of ['sexual-dysfunction', 'fever', 'psoriasis']) {
      expect(r.stderr).toContain(`  - ${id}: `);
    }
    // "Not asked" with a reason is an answer.
    expect(r.stderr).not.toContain('iv-drug-use');
    const json = await run(
      'plan',
      `${root}packages/cli/src/fixtures/incomplete-assessment.json`,
      '--json',
    );
    expect(JSON.parse(json.stdout)).toEqual({
      refused: expect.objectContaining({
        kind: 'incomplete-screen',
        unanswered: ['sexual-dysfunction', 'fever', 'psoriasis'],
      }) as unknown,
    });
  });

  it('says an incomplete screen is not clear, and lists questions not asked with the reason', async () => {
    const r = await run('assess', `${root}packages/cli/src/fixtures/incomplete-assessment.json`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/INCOMPLETE: .*an unanswered screen is not a clear screen/);
    expect(r.stdout).toMatch(
      /Screen incomplete: 3 unanswered \(sexual dysfunction, fever, psoriasis\)/,
    );
    expect(r.stdout).toMatch(/Not asked: intravenous drug use \(Seen with a family member present/);
    expect(r.stdout).toMatch(/Plan: incomplete\./);
  });

  it('rejects a bad --minutes with exit 2', async () => {
    const r = await run(
      'plan',
      assessment('01-acute-flexion-intolerant-manipulation'),
      '--minutes',
      'lots',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--minutes must be a whole number/);
  });
});

describe('backplan progress', () => {
  it.each([
    ['01-progress-and-hold', '2026-11-08', /PROGRESS Bird-dog/],
    ['02-flare-regress', '2026-11-06', /REGRESS {2}Bird-dog: move to Quadruped arm reach/],
    ['03-red-flag-symptom', '2026-11-05', /CRITICAL red-flag/],
    ['04-disengaged', '2026-11-25', /CRITICAL engagement/],
    ['05-week5-no-change', '2026-12-04', /neither pain nor disability shows important change/],
  ])('%s as of %s', async (name, asOf, expected) => {
    const r = await run('progress', JOURNAL_PLAN, journalFile(name), '--as-of', asOf);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(expected);
  });

  it('re-screens reported symptoms with the latest assessment given by --assessment', async () => {
    const night = `${root}packages/cli/src/fixtures/night-pain-journal.json`;
    const alone = await run('progress', JOURNAL_PLAN, night, '--as-of', '2026-11-05');
    expect(alone.stdout).toMatch(/SAFETY STATE CLEAR/);
    const withCancer = await run(
      'progress',
      JOURNAL_PLAN,
      night,
      '--as-of',
      '2026-11-05',
      '--assessment',
      assessment('06-cancer-history-urgent'),
    );
    expect(withCancer.code).toBe(0);
    expect(withCancer.stdout).toMatch(/SAFETY STATE URGENT/);
    expect(withCancer.stdout).toMatch(/- NEW Spinal cord compression \(cancer\) \(urgent\)/);
    expect(withCancer.stdout).toMatch(/programme is paused/);
  });

  it('offers to mark a disengaged patient, and says so once they are marked', async () => {
    const args = ['progress', JOURNAL_PLAN, journalFile('04-disengaged'), '--as-of', '2026-11-25'];
    const offered = await run(...args);
    expect(offered.stdout).toMatch(/Action: mark the patient disengaged/);
    const marked = await run(...args, '--disengaged');
    expect(marked.stdout).toMatch(/the patient is marked disengaged/);
    expect(marked.stdout).not.toMatch(/Action:/);
  });

  it('prints JSON with --json', async () => {
    const r = await run(
      'progress',
      JOURNAL_PLAN,
      journalFile('03-red-flag-symptom'),
      '--as-of',
      '2026-11-05',
      '--json',
    );
    expect((JSON.parse(r.stdout) as { rescreen: { triage: string } }).rescreen.triage).toBe(
      'emergency',
    );
  });

  it('names the offending field of an invalid journal and exits 2', async () => {
    const r = await run(
      'progress',
      JOURNAL_PLAN,
      `${root}packages/cli/src/fixtures/invalid-journal.json`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/entries\.0\.painDuring/);
  });

  it.each([
    [
      'a session dated before the plan began',
      'journal-before-plan',
      /entries\.0\.performedOn: The session on 2026-11-01 is before the plan began on 2026-11-02\./,
    ],
    [
      'an exercise the plan does not hold',
      'journal-exercise-not-in-plan',
      /entries\.1\.exercises\.1\.exerciseId: The exercise 'romanian-deadlift' is not in the plan\./,
    ],
  ])('refuses a journal with %s, naming the entry, and exits 2', async (_name, file, message) => {
    const r = await run('progress', JOURNAL_PLAN, fixture(file), '--as-of', '2026-11-08');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/does not match the plan/);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Nothing was counted/);
  });

  it('reads the --assessment baseline in either schema version', async () => {
    const night = fixture('night-pain-journal');
    for (const file of ['06-cancer-history-urgent', '19-high-risk-anxious-fear-hierarchy']) {
      const r = await run(
        'progress',
        JOURNAL_PLAN,
        night,
        '--as-of',
        '2026-11-05',
        '--assessment',
        assessment(file),
      );
      expect(r.code, file).toBe(0);
    }
  });

  it('rejects an assessment given as the plan', async () => {
    const r = await run(
      'progress',
      assessment('01-acute-flexion-intolerant-manipulation'),
      journalFile('04-disengaged'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a plan/);
  });
});

describe('backplan catalog', () => {
  it('lists the catalogue, and prints it whole with --json', async () => {
    const text = await run('catalog');
    expect(text.stdout).toMatch(/prone-press-up/);
    expect(text.stdout).toMatch(/discouraged/);
    const json = JSON.parse((await run('catalog', '--json')).stdout) as {
      exercises: unknown[];
      lessons: unknown[];
    };
    expect(json.exercises.length).toBeGreaterThanOrEqual(60);
    expect(json.lessons.length).toBeGreaterThanOrEqual(12);
  });
});
