import { expect, test, type Page } from '@playwright/test';
import { runEmergencyIntake } from './intake.js';
import { checkScreen, choose, DEMO_PASSWORD, signIn, signOut } from './support.js';

/**
 * The safety loop (issue 12), in the browser: (a) an emergency at intake puts the patient first in
 * the clinic's list with the reason and a critical alert; (b) a red-flag symptom the patient
 * reports pauses their programme (the seek-care screen stays across reloads) until the therapist
 * records an outcome, which the patient then reads. The same pause follows a symptom reported in
 * the morning check.
 */
const THERAPIST = 'priya@demo.backplan.test';

/** The first patient of the clinic's list, as the list shows them. */
const firstInList = (page: Page) =>
  page.getByRole('list', { name: 'Patients' }).getByRole('listitem').first();

test('(a) an emergency at intake puts the patient first in the list with the reason', async ({
  page,
}) => {
  await signIn(page, THERAPIST);
  await page.goto('/clinic/new');
  await page.getByLabel('Name').fill('Ben Flagged');
  await page.getByLabel('Email').fill(`ben-${String(Date.now())}@example.test`);
  await page.getByLabel('Phone (optional)').fill('+44 7700 900555');
  await page.getByRole('button', { name: 'Add patient and make invite link' }).click();
  await page.getByRole('link', { name: 'Go to patient' }).click();
  await page.waitForURL(/\/clinic\/patients\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  await runEmergencyIntake(page, id);
  await expect(page.getByRole('heading', { name: 'Emergency: refer today' })).toBeVisible();
  await expect(page.getByText(/No plan can be made/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate plan' })).toHaveCount(0);
  await checkScreen(page, 'intake-result-emergency');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients', exact: true })
    .click();
  const first = firstInList(page);
  await expect(first.getByRole('link', { name: 'Ben Flagged' })).toBeVisible();
  await expect(first).toContainText(
    /Emergency at intake: cauda equina, (just now|\d+ minutes? ago)/,
  );
  await expect(first).toContainText('Critical · 1 open');
  await checkScreen(page, 'clinic-patients-safety');

  await first.getByRole('link', { name: 'Ben Flagged' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Emergency at intake/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Emergency at intake/ }).getByRole('link', {
      name: /Call Ben Flagged/,
    }),
  ).toHaveAttribute('href', 'tel:+447700900555');
  await expect(page.locator('#alerts')).toContainText('Critical');
  await checkScreen(page, 'clinic-patient-safety');

  // The emergency contact was not recorded yet: the therapist adds it.
  const contact = page.getByRole('region', { name: 'Contact details' });
  await contact.getByRole('button', { name: 'Edit contact details' }).click();
  await contact.getByLabel('Name').fill('Sara Flagged');
  await contact.getByLabel('Phone', { exact: true }).fill('+44 7700 900556');
  await checkScreen(page, 'clinic-contact-edit');
  await contact.getByRole('button', { name: 'Save contact details' }).click();
  await expect(contact.getByText('Contact details saved.')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Emergency at intake/ })
      .getByRole('link', { name: /Call Sara Flagged/ }),
  ).toHaveAttribute('href', 'tel:+447700900556');

  // The clinic's alerts: the red flag first, closed only through its outcome.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Alerts' })
    .click();
  const alert = page.getByRole('listitem').filter({ hasText: 'Ben Flagged' }).first();
  await expect(alert).toContainText('Red flag');
  await expect(alert.getByRole('button', { name: /^Record the outcome/ })).toBeVisible();
  await expect(alert.getByRole('button', { name: /^Acknowledge/ })).toHaveCount(0);
  await checkScreen(page, 'clinic-alerts');
});

test('(b) a reported bladder change pauses the programme until the therapist decides', async ({
  page,
}) => {
  // The patient reports the symptom from Today.
  await signIn(page, 'david@demo.backplan.test');
  await expect(page.locator('[data-ready="today"]')).toBeVisible();
  await page.getByRole('link', { name: 'Report a new symptom' }).click();
  await page.getByLabel(/A change in peeing/).check();
  await page.getByRole('button', { name: 'Send to my therapist' }).click();

  const seekCare = page.getByRole('heading', { level: 1, name: 'Please get medical help now' });
  await expect(seekCare).toBeVisible();
  await expect(page.getByRole('link', { name: /Call Riverside Physiotherapy/ })).toHaveAttribute(
    'href',
    /^tel:\+?\d+$/,
  );
  await expect(page.getByRole('link', { name: /Log (today's|another) session/ })).toHaveCount(0);
  await checkScreen(page, 'patient-seek-care');
  // Still there after a reload: the pause is the server's, not the page's.
  await page.reload();
  await expect(seekCare).toBeVisible();
  await expect(page.getByText('Your exercises are paused.')).toBeVisible();
  await signOut(page);

  // The therapist sees David first, with the reason, and records "referred".
  await signIn(page, THERAPIST);
  const first = firstInList(page);
  await expect(first.getByRole('link', { name: 'David Byrne' })).toBeVisible();
  await expect(first).toContainText(/Reported new bladder change, (just now|\d+ minutes? ago)/);
  await first.getByRole('link', { name: 'David Byrne' }).click();
  const banner = page.getByRole('region', { name: /Reported new bladder change/ });
  await expect(banner.getByRole('link', { name: /Call David Byrne/ })).toHaveAttribute(
    'href',
    /^tel:\+\d+$/,
  );
  await expect(banner.getByRole('link', { name: /Call Aoife Byrne/ })).toHaveAttribute(
    'href',
    /^tel:\+\d+$/,
  );
  const alert = page
    .locator('#alerts')
    .getByRole('listitem')
    .filter({ hasText: 'Red flag' })
    .first();
  await alert.getByRole('button', { name: /^Record the outcome/ }).click();
  const outcome = alert.getByRole('group', { name: 'What was done?' });
  // Nothing is chosen for the clinician, and the form will not go without a choice.
  await expect(outcome.getByRole('radio', { checked: true })).toHaveCount(0);
  await alert.getByRole('button', { name: 'Record decision' }).click();
  await expect(
    alert.getByText('Choose what was done before recording the decision.'),
  ).toBeVisible();
  await outcome.getByRole('radio', { name: /Referred for medical review/ }).check();
  await alert.getByLabel('Note (optional)').fill('Spoke to David; GP appointment this afternoon.');
  await checkScreen(page, 'clinic-safety-outcome');
  await alert.getByRole('button', { name: 'Record decision' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /Reported new bladder change/ }),
  ).toHaveCount(0);
  await expect(page.locator('#decisions')).toContainText(
    'Safety decision: Referred for medical review',
  );
  await signOut(page);

  // The patient reads the outcome, and the programme is back.
  await signIn(page, 'david@demo.backplan.test');
  await expect(
    page.getByRole('heading', { name: 'Your therapist has referred you for a check-up' }),
  ).toBeVisible();
  await expect(page.getByText('GP appointment this afternoon')).toBeVisible();
  await expect(page.locator('[data-ready="today"]')).toBeVisible();
  await checkScreen(page, 'patient-decision');
  await signOut(page);

  // A patient who cannot sign in gets a fresh one-time invite; the old password stops working.
  await signIn(page, THERAPIST);
  await page.getByRole('link', { name: 'David Byrne' }).click();
  await page.getByRole('button', { name: 'Make a new invite link' }).click();
  await expect(page.getByLabel('New invite link')).toHaveValue(/\/invite\/[\w-]+$/);
  const oldPassword = await page.request.post('/api/auth/login', {
    data: { email: 'david@demo.backplan.test', password: DEMO_PASSWORD },
  });
  expect(oldPassword.status()).toBe(401);
});

test('a red-flag symptom in the morning check pauses the programme and closes the log', async ({
  page,
}) => {
  await signIn(page, 'james@demo.backplan.test');
  await expect(page.locator('[data-ready="today"]')).toBeVisible();
  await page.goto('/patient/morning');
  await choose(page, /back pain right now/, '4');
  await choose(page, /How stiff is your back/, 'About as usual');
  await choose(page, /Compared with a usual morning/, 'Worse');
  await page.getByLabel('Both of my legs feel weak').check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /Please (get medical help now|see a doctor today)/,
    }),
  ).toBeVisible();
  // The session log is closed while the programme is paused: its address leads back to Today.
  await page.goto('/patient/log');
  await expect(page).toHaveURL(/\/patient$/);
  await expect(page.getByText('Your exercises are paused.')).toBeVisible();
});
