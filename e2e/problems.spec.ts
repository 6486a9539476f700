import { expect, test, type Page } from '@playwright/test';

// One list of problems: whatever a field says, the Problems list, Send test and copying agree.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const preview = (page: Page) => page.getByRole('region', { name: 'Live preview' });
const problems = (page: Page) => preview(page).getByRole('list', { name: 'Problems' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(preview(page).getByRole('status')).toHaveText(/Up to date/);
});

test('a credential name with spaces is an error everywhere: field, Problems, Send test and copying', async ({
  page,
}) => {
  const credential = page.getByLabel('Braze credential name', { exact: true });
  await credential.fill('Rokt Prod Cred');
  await expect(credential).toHaveAttribute('aria-invalid', 'true');

  await expect(problems(page)).toContainText('Braze credential name cannot contain spaces, % or }.');
  await expect(preview(page)).not.toContainText('No problems');
  await expect(preview(page).getByRole('status')).toContainText('1 error');

  await page.getByRole('tab', { name: 'Send test' }).click();
  const send = page.getByRole('button', { name: 'Send test' });
  await expect(send).toBeDisabled();
  await expect(page.getByText('Fix Braze credential name first: Braze credential name cannot')).toBeVisible();

  await page.getByRole('tab', { name: 'Set up in Braze' }).click();
  const copyHeader = page.getByRole('button', { name: 'Copy Authorization header value' });
  await expect(copyHeader).toBeDisabled();
  await page.getByRole('button', { name: 'Go to Braze credential name' }).click();
  await expect(credential).toBeFocused();

  await credential.fill('Rokt-Prod-Cred');
  await expect(copyHeader).toBeEnabled();
  await copyHeader.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(':basic_auth Rokt-Prod-Cred ');
});

test('an empty event id blocks copying until "Copy anyway" and the Problems list links to the field', async ({
  page,
}) => {
  const eventId = page.getByLabel('Event id', { exact: true });
  await eventId.fill('');
  await expect(problems(page)).toContainText('Event id is required');
  await problems(page).getByRole('button', { name: 'Go to Event id' }).click();
  await expect(eventId).toBeFocused();

  await page.getByRole('tab', { name: 'Set up in Braze' }).click();
  const copyBody = page.getByRole('button', { name: 'Copy request body' });
  await expect(copyBody).toBeDisabled();
  await page.getByRole('button', { name: 'Copy anyway' }).click();
  await copyBody.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '{% capture eventId %}{% endcapture -%}',
  );
});

test('an emptied custom reminder is an error and never becomes 15 in the template', async ({ page }) => {
  await page.getByLabel('Reminder', { exact: true }).selectOption({ label: '1 hour before' });
  await page.getByLabel('Reminder', { exact: true }).selectOption({ label: 'Custom…' });
  const minutes = page.getByLabel('Minutes before the start');
  await minutes.fill('');
  await expect(page.getByText('Reminder must be a number of minutes.').first()).toBeVisible();

  const body = preview(page).getByRole('group', { name: /Rendered body/ });
  await expect(body).toContainText('"notifyBefore": null');
  await expect(body).not.toContainText('"notifyBefore": 15');
  await expect(problems(page)).toContainText('Reminder must be a number of minutes.');

  await page.getByRole('tab', { name: 'Send test' }).click();
  await expect(page.getByRole('button', { name: 'Send test' })).toBeDisabled();
});
