import { expect, test, type Browser, type Page } from '@playwright/test';
import { runIntake } from './intake.js';
import { checkScreen, choose, signIn, signOut } from './support.js';

/**
 * The main journey, end to end in the browser: a therapist adds a patient, assesses them and
 * generates a plan, which stays a draft the patient cannot see until it is published (journey c
 * of issue 12); the patient logs sessions and a morning check; a progression proposal appears; the
 * therapist opens it (the dose could be adjusted there), accepts it; the patient sees the new dose.
 */
const THERAPIST = 'priya@demo.backplan.test';

/** A therapist adds a patient through the form; returns the patient's id and invite link. */
async function addPatient(page: Page, name: string): Promise<{ id: string; invite: string }> {
  await page.goto('/clinic');
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Maria Lopez' })).toBeVisible();
  await checkScreen(page, 'clinic-patients');
  await page.getByRole('link', { name: /New patient/ }).click();
  await page.getByLabel('Name').fill(name);
  await page
    .getByLabel('Email')
    .fill(`${name.split(' ')[0]?.toLowerCase() ?? 'p'}-${String(Date.now())}@example.test`);
  await page.getByRole('button', { name: 'Add patient and make invite link' }).click();
  const invite = await page.getByLabel('Invite link').inputValue();
  expect(invite).toMatch(/\/invite\/[\w-]+$/);
  await checkScreen(page, 'clinic-new-patient');
  await page.getByRole('link', { name: 'Go to patient' }).click();
  await page.waitForURL(/\/clinic\/patients\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  return { id, invite };
}

/** A day relative to today in this machine's calendar (the browser's), as YYYY-MM-DD. */
function localDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The patient's own browser: a fresh context, no cookies shared with the therapist's. */
async function patientBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Logs a session through the form, as done yesterday, at a comfortable level. */
async function logSession(page: Page, screenshot = false): Promise<void> {
  await page.getByRole('link', { name: /Log (today's|another) session/ }).click();
  await page.getByLabel(/^Yesterday/).check();
  await page.getByRole('button', { name: 'I did them all' }).click();
  await choose(page, /pain before you started/, '2');
  await choose(page, /worst pain while exercising/, '3');
  await choose(page, /How hard was it/, '4');
  await choose(page, /spread further down your leg/, 'No');
  if (screenshot) await checkScreen(page, 'patient-log');
  await page.getByRole('button', { name: 'Save my session' }).click();
  await expect(page.getByText('Your session is saved')).toBeVisible();
}

test('from a new patient to an accepted progression the patient sees', async ({
  page,
  browser,
}) => {
  await signIn(page, THERAPIST);
  const patient = await addPatient(page, 'Nadia Okoro');

  await runIntake(page, patient.id);
  await expect(page.getByRole('heading', { name: 'No red flag found' })).toBeVisible();
  await checkScreen(page, 'intake-result');
  // The sessions below are logged as done yesterday, so the plan begins then: a session dated
  // before a plan's first day belongs to no plan and is refused (issue 14).
  await page.getByLabel('First day of the plan').fill(localDay(-1));
  await page.getByRole('button', { name: 'Generate plan' }).click();
  await page.waitForURL(/\/plans\//);
  await expect(page.getByRole('heading', { name: /Home exercises/ })).toBeVisible();
  await expect(page.getByText('Draft: the patient does not see this plan yet')).toBeVisible();
  await checkScreen(page, 'plan-draft');

  // The patient accepts the invite: the draft is not theirs to see yet.
  const me = await patientBrowser(browser);
  await me.goto(patient.invite);
  await checkScreen(me, 'invite');
  await me.getByLabel('New password').fill('a long secret phrase');
  await me.getByLabel('Type the password again').fill('a long secret phrase');
  await me.getByRole('button', { name: 'Save password and continue' }).click();
  await expect(me).toHaveURL(/\/patient$/);
  await expect(me.getByRole('banner')).toContainText('Nadia Okoro');
  await expect(
    me.getByRole('heading', { level: 1, name: 'Your therapist is preparing your programme' }),
  ).toBeVisible();
  await expect(me.getByRole('link', { name: /Log (today's|another) session/ })).toHaveCount(0);
  await checkScreen(me, 'patient-preparing');

  // The therapist publishes it; from then on the patient's day has the exercises.
  await page.getByRole('button', { name: 'Publish to patient' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this plan to the patient?' });
  await dialog.getByRole('button', { name: 'Publish to patient' }).click();
  await expect(page.getByText(/Published as version 1/)).toBeVisible();
  await expect(page.getByText('Draft: the patient does not see this plan yet')).toHaveCount(0);
  await checkScreen(page, 'plan');
  await me.reload();
  await expect(me.locator('[data-ready="today"]')).toBeVisible();
  await checkScreen(me, 'patient-today');

  // Two sessions yesterday, then this morning's check.
  await logSession(me, true);
  await checkScreen(me, 'patient-today-logged');
  await logSession(me);
  await me.getByRole('link', { name: 'Answer the morning check' }).click();
  await choose(me, /back pain right now/, '2');
  await choose(me, /How stiff is your back/, 'About as usual');
  await choose(me, /Compared with a usual morning/, 'About the same');
  await checkScreen(me, 'patient-morning-check');
  await me.getByRole('button', { name: 'Save my answers' }).click();
  await expect(me.getByText('Your morning check is saved')).toBeVisible();

  // The rest of the patient's side: progress, lessons, the journal.
  await me.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(me.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(me, 'patient-progress');
  await me.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(me.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(me, 'patient-lessons');
  await me.locator('main').getByRole('link').first().click();
  await expect(me.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(me, 'patient-lesson');
  await me.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(me.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(me, 'patient-journal');

  // The therapist sees a proposal to progress and accepts it as proposed.
  await page.goto(`/clinic/patients/${patient.id}`);
  const proposal = page
    .locator('article, li')
    .filter({ has: page.getByRole('button', { name: /^Accept/ }) })
    .first();
  await expect(proposal).toBeVisible();
  await checkScreen(page, 'clinic-patient');
  const text = await proposal.innerText();
  const newDose = /New dose\s*:?\s*(.+)/.exec(text)?.[1]?.trim() ?? '';
  expect(newDose).not.toBe('');
  await proposal.getByRole('button', { name: /^Accept/ }).click();
  await expect(proposal.getByRole('group', { name: 'Dose to publish' })).toBeVisible();
  await checkScreen(page, 'clinic-proposal-accept');
  await proposal.getByRole('button', { name: 'Accept and publish' }).click();
  await expect(page.getByText(/Plan version 2 was published/)).toBeVisible();
  await expect(
    page
      .locator('#decisions')
      .getByText(/^Accepted: Progress/)
      .first(),
  ).toBeVisible();

  // The patient's day follows the new version.
  await me.goto('/patient');
  await expect(me.locator('[data-ready="today"]')).toBeVisible();
  await expect(me.getByText(newDose).first()).toBeVisible();
  await signOut(page);
});

test('a plan waits until every red-flag question has an answer', async ({ page }) => {
  await signIn(page, THERAPIST);
  const patient = await addPatient(page, 'Omar Unasked');
  await runIntake(page, patient.id, { unanswered: true });
  await expect(
    page.getByRole('heading', { name: 'Screen incomplete: not a clear screen' }),
  ).toBeVisible();
  await expect(page.getByText(/No plan yet: \d+ red-flag questions have no answer/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate plan' })).toHaveCount(0);
  await expect(page.getByText(/sexual dysfunction/).first()).toBeVisible();
  await checkScreen(page, 'intake-result-incomplete');
});

test('the admin manages staff and reads the audit trail', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await checkScreen(page, 'sign-in');
  await signIn(page, 'admin@demo.backplan.test');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(page, 'admin-staff');
  // Each staff member can be deactivated or given another role (each signs them out everywhere).
  await expect(page.getByRole('button', { name: 'Deactivate Tom Okafor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make admin: Tom Okafor' })).toBeVisible();
  await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
  await expect(page.getByRole('table').or(page.getByRole('list')).first()).toBeVisible();
  await checkScreen(page, 'admin-audit');
  await page.getByRole('link', { name: 'Clinic settings', exact: true }).click();
  await page.getByLabel('Clinic phone number').fill('+44 20 7946 0011');
  await page.getByRole('button', { name: 'Save phone number' }).click();
  await expect(page.getByText('Saved. Patients now see this number.')).toBeVisible();
  await checkScreen(page, 'admin-clinic');
});
