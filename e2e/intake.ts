import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { checkScreen } from './support.js';

/** Example 01 of the worked assessments: the intake form is filled from it. */
const EXAMPLE = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      '../examples/assessments/01-acute-flexion-intolerant-manipulation.json',
    ),
    'utf8',
  ),
) as {
  patient: { age: number; occupation: string };
  history: { onsetDate: string };
  questionnaires: { odi: number[]; startback: number[] };
};

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const pick = (page: Page, name: string, option: string) =>
  group(page, name).getByRole('radio', { name: option, exact: true }).check();

/** Answers every red-flag question not yet answered with No. */
async function answerRestNo(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /^Answer No to the/ });
  while ((await more.count()) > 0) await more.first().click();
}

/** The first section, as example 01 has it (or with the given overrides). */
async function history(page: Page, extent = 'Buttock'): Promise<void> {
  await page.getByLabel('Age (years)').fill(String(EXAMPLE.patient.age));
  await pick(page, 'Sex', 'Female');
  await page.getByLabel('Occupation').fill(EXAMPLE.patient.occupation);
  await page.getByLabel('Onset of this episode').fill(EXAMPLE.history.onsetDate);
  await page.getByLabel('Previous episodes of low back pain').fill('1');
  await pick(page, 'Furthest point the symptoms reach', extent);
  await pick(page, 'Side', 'Left');
  await pick(page, 'Pattern', 'Intermittent');
}

/** A question left unasked, with the reason the form asks for. */
async function notAsked(page: Page, question: RegExp, reason: string): Promise<void> {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: 'Not asked', exact: true })
    .check();
  await page.getByLabel('Why was it not asked?').fill(reason);
}

/**
 * A whole intake through the form, example 01's answers; returns on the result page. With
 * `unanswered`, the red-flag questions are left open (the plan is then refused).
 */
export async function runIntake(
  page: Page,
  patientId: string,
  options: { unanswered?: boolean } = {},
): Promise<void> {
  // The screens are photographed once, on the complete intake.
  const screen = (name: string) =>
    options.unanswered === true ? Promise.resolve() : checkScreen(page, name);
  await page.goto(`/clinic/patients/${patientId}/intake/new`);
  await expect(page.getByRole('heading', { level: 2, name: 'History and symptoms' })).toBeVisible();
  await history(page);
  await screen('intake-history');
  await page.getByRole('button', { name: /^Next: Red flags/ }).click();
  if (options.unanswered !== true) {
    await notAsked(page, /sexual dysfunction/, 'Patient preferred not to discuss it today');
    await answerRestNo(page);
    await screen('intake-red-flags');
  }
  await page.getByRole('button', { name: /^Next: Questionnaires/ }).click();
  await pick(page, 'Pain now (0 = no pain, 10 = worst imaginable)', '5');
  await pick(page, 'Worst pain in the last 24 hours', '7');
  const odi = page.locator('section', { has: page.getByRole('heading', { name: /^ODI/ }) });
  const odiItems = await odi.getByRole('group').all();
  for (const [i, answer] of EXAMPLE.questionnaires.odi.entries())
    await odiItems[i]?.getByRole('radio').nth(answer).check();
  const start = page.locator('section', {
    has: page.getByRole('heading', { name: /^STarT Back/ }),
  });
  const startItems = await start.getByRole('group').all();
  for (const [i, answer] of EXAMPLE.questionnaires.startback.entries())
    await startItems[i]?.getByRole('radio').nth(answer).check();
  await screen('intake-questionnaires');
  await page.getByRole('button', { name: /^Next: Physical examination/ }).click();
  await page.getByLabel('Repeated flexion').selectOption({ label: 'Increases' });
  await page.getByLabel('Repeated extension').selectOption({ label: 'Centralises' });
  await screen('intake-examination');
  await page.getByRole('button', { name: /^Next: Goals/ }).click();
  await page.getByLabel('Minutes a day for the home programme').fill('20');
  await page
    .getByRole('group', { name: 'Equipment the patient has', exact: true })
    .getByRole('checkbox', { name: 'Mat', exact: true })
    .check();
  await screen('intake-goals');
  await page.getByRole('button', { name: 'Record assessment' }).click();
  await page.waitForURL(/\/assessments\//);
}

/** An intake whose red-flag answers make an emergency (cauda equina); returns on the result. */
export async function runEmergencyIntake(page: Page, patientId: string): Promise<void> {
  await page.goto(`/clinic/patients/${patientId}/intake/new`);
  await history(page, 'Foot');
  await page.getByRole('button', { name: /^Next: Red flags/ }).click();
  await page
    .getByRole('group', { name: /numbness or altered sensation in the saddle/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect(page.getByText('Screen so far: Emergency')).toBeVisible();
  await answerRestNo(page);
  await page.getByRole('button', { name: /^Next: Questionnaires/ }).click();
  await pick(page, 'Pain now (0 = no pain, 10 = worst imaginable)', '8');
  await page.getByRole('button', { name: /^Next: Physical examination/ }).click();
  await page.getByRole('button', { name: /^Next: Goals/ }).click();
  await page.getByLabel('Minutes a day for the home programme').fill('15');
  await page.getByRole('button', { name: 'Record assessment' }).click();
  await page.waitForURL(/\/assessments\//);
}
