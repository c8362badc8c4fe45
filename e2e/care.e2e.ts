import { expect, test, type Browser, type Page } from '@playwright/test';
import { runEmergencyIntake, runIntake } from './intake.js';
import { checkScreen, choose, signIn, signOut } from './support.js';

/**
 * The main journey, end to end in the browser: a therapist adds a patient, assesses them and
 * publishes a plan; the patient accepts the invite, logs sessions and a morning check; a
 * progression proposal appears; the therapist accepts it; the patient sees the new dose.
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
  await page.getByRole('button', { name: 'Generate plan' }).click();
  await page.waitForURL(/\/plans\//);
  await expect(page.getByRole('heading', { name: /Home exercises/ })).toBeVisible();
  await checkScreen(page, 'plan');

  // The patient accepts the invite and sets a password.
  const me = await patientBrowser(browser);
  await me.goto(patient.invite);
  await checkScreen(me, 'invite');
  await me.getByLabel('New password').fill('a long secret phrase');
  await me.getByLabel('Type the password again').fill('a long secret phrase');
  await me.getByRole('button', { name: 'Save password and continue' }).click();
  await expect(me).toHaveURL(/\/patient$/);
  await expect(me.getByRole('banner')).toContainText('Nadia Okoro');
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

  // The therapist sees a proposal to progress and accepts it.
  await page.goto(`/clinic/patients/${patient.id}`);
  const proposal = page
    .locator('article, li')
    .filter({ has: page.getByRole('button', { name: 'Accept' }) })
    .first();
  await expect(proposal).toBeVisible();
  await checkScreen(page, 'clinic-patient');
  const text = await proposal.innerText();
  const newDose = /New dose\s*:?\s*(.+)/.exec(text)?.[1]?.trim() ?? '';
  expect(newDose).not.toBe('');
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByText(/Plan version 2 was published/)).toBeVisible();

  // The patient's day follows the new version.
  await me.goto('/patient');
  await expect(me.locator('[data-ready="today"]')).toBeVisible();
  await expect(me.getByText(newDose).first()).toBeVisible();
  await signOut(page);
});

test('a red-flag answer in the assessment blocks the plan and says what to do', async ({
  page,
}) => {
  await signIn(page, THERAPIST);
  const patient = await addPatient(page, 'Ben Flagged');
  await runEmergencyIntake(page, patient.id);
  await expect(page.getByRole('heading', { name: 'Emergency: refer today' })).toBeVisible();
  await expect(page.getByText(/No plan can be made/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate plan' })).toHaveCount(0);
  await checkScreen(page, 'intake-result-emergency');
});

test('the admin manages staff and reads the audit trail', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await checkScreen(page, 'sign-in');
  await signIn(page, 'admin@demo.backplan.test');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(page, 'admin-staff');
  await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
  await expect(page.getByRole('table').or(page.getByRole('list')).first()).toBeVisible();
  await checkScreen(page, 'admin-audit');
});
