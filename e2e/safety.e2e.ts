import { expect, test } from '@playwright/test';
import { checkScreen, choose, signIn, signOut } from './support.js';

/**
 * The second journey: safety. A red-flag symptom reported in the journal leads the patient at
 * once to "get help now" and raises a critical alert the therapist sees. (A red-flag answer in an
 * assessment blocking the plan is part of `care.e2e.ts`.)
 */
test('a red-flag symptom in the journal shows "get help now" and alerts the therapist', async ({
  page,
}) => {
  await signIn(page, 'david@demo.backplan.test');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('David');
  await page.getByRole('link', { name: /Log (today's|another) session/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log your session' })).toBeVisible();
  await page.getByRole('button', { name: 'I did them all' }).click();
  await choose(page, /pain before you started/, '2');
  await choose(page, /worst pain while exercising/, '3');
  await choose(page, /How hard was it/, '4');
  await choose(page, /spread further down your leg/, 'No');
  await page.getByLabel('Numbness or tingling around my bottom or between my legs').check();
  await page.getByRole('button', { name: 'Save my session' }).click();

  await expect(page.getByRole('heading', { name: 'Please get medical help now' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Call your local emergency number' }),
  ).toHaveAttribute('href', /^tel:/);
  await expect(page.getByText('We have let your therapist know')).toBeVisible();
  await checkScreen(page, 'patient-seek-care');
  await page
    .getByRole('button', { name: 'Back to today' })
    .or(page.getByRole('link', { name: 'Back to today' }))
    .click();
  await signOut(page);

  await signIn(page, 'priya@demo.backplan.test');
  await page.getByRole('link', { name: 'Alerts', exact: true }).click();
  const alert = page
    .getByRole('listitem')
    .filter({ hasText: 'David' })
    .filter({ hasText: /red flag/i });
  await expect(alert.first()).toBeVisible();
  await expect(alert.first()).toContainText(/critical/i);
  await checkScreen(page, 'clinic-alerts');
});
