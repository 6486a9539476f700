import { expect, test, type Page } from '@playwright/test';

// Per-user checks that match Rokt's model: each one in the preview's Problems and in All sample users.

const preview = (page: Page) => page.getByRole('region', { name: 'Live preview' });
const problems = (page: Page) => preview(page).getByRole('list', { name: 'Problems' });
const sampleUser = (page: Page) => page.getByRole('region', { name: 'Sample user' });

async function editGuideSubscriber(page: Page) {
  await sampleUser(page)
    .getByText(/^Edit Guide subscriber/)
    .click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(preview(page).getByRole('status')).toHaveText(/Up to date/);
});

test('a user whose calendars are in two Rokt accounts is an error, in the preview and in All sample users', async ({
  page,
}) => {
  await page.getByRole('radio', { name: /Several calendars/ }).check();
  await expect(problems(page)).toContainText('2 Rokt accounts (acme, acme-outlet)');
  await expect(problems(page)).toContainText('Send one webhook per account');
  await expect(preview(page)).not.toContainText('Rokt would accept this request');

  await page.getByRole('tab', { name: 'All sample users' }).click();
  const row = page.getByRole('row', { name: /^Several calendars/ });
  await expect(row).toContainText('Would fail');
  await expect(row).toContainText('2 Rokt accounts (acme, acme-outlet)');
  await expect(page.getByRole('row', { name: /^Guide subscriber/ })).toContainText('OK');
});

test('an empty user_id is an error when the event id is made per user', async ({ page }) => {
  await editGuideSubscriber(page);
  await sampleUser(page).getByLabel('user_id', { exact: true }).fill('');
  await expect(problems(page)).toContainText('This user has no user_id, so the event id ends in "_"');
  await expect(preview(page).getByRole('status')).toContainText(/error/);

  await page.getByRole('tab', { name: 'All sample users' }).click();
  await expect(page.getByRole('row', { name: /^Guide subscriber/ })).toContainText('no user_id');
});

test('a subscription id that is not a GUID is an error naming the id', async ({ page }) => {
  await editGuideSubscriber(page);
  await sampleUser(page).getByLabel('rokt:subscription_id value 1', { exact: true }).fill('not-a-guid');
  await expect(problems(page)).toContainText('"not-a-guid" is not a Rokt subscription id');
});

test('example texts left in the form are warnings at their field', async ({ page }) => {
  const title = page.getByLabel('Title', { exact: true });
  const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
  const messages = page.locator(
    describedBy
      .split(' ')
      .filter((id) => id.endsWith('-messages'))
      .map((id) => `[id="${id}"]`)
      .join(', '),
  );
  await expect(messages).toContainText('Title is still the example text "Event Title"');
  await title.fill('Summer sale');
  await expect(page.getByText('Title is still the example text')).toHaveCount(0);
});
