import { expect, test, type Page } from '@playwright/test';

/** Opens the app with a fresh event id and title, on the Send test tab, and returns the panel and its parts. */
async function openSendTest(page: Page, eventId: string, title: string) {
  await page.goto('/');
  await page.getByLabel('Event id', { exact: true }).fill(eventId);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('tab', { name: 'Send test' }).click();
  const panel = page.getByRole('region', { name: 'Send test' });
  const button = panel.getByRole('button', { name: 'Send test' });
  const sandbox = panel.getByRole('region', { name: 'In the sandbox' });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  return { panel, button, sandbox, cards: sandbox.getByRole('article') };
}

test.describe('the sandbox behaves like a calendar API', () => {
  // Two browsers and several sends: give a loaded machine room.
  test.describe.configure({ timeout: 90_000 });

  test('an update changes the one event and keeps its history; an unknown id is refused; Clear empties it', async ({
    page,
  }) => {
    const { panel, button, sandbox, cards } = await openSendTest(page, 'launch_2027', 'Launch party');
    await expect(sandbox).toContainText('Nothing yet');
    await button.click();
    await expect(panel.getByRole('status')).toContainText('202 Accepted — queued by the sandbox');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('New event · id launch_2027');

    await page.getByRole('radio', { name: 'Update event' }).check();
    await page.getByLabel('Title', { exact: true }).fill('Launch party, moved');
    await expect(button).toBeEnabled();
    await button.click();
    await expect(cards.first()).toHaveAccessibleName('Calendar entry: Launch party, moved');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Changed 1 time');
    await cards.first().getByText('Earlier version (1)').click();
    await expect(cards.first()).toContainText('Launch party ·');

    await page.getByLabel('Event id', { exact: true }).fill('never_created');
    await expect(button).toBeEnabled();
    await button.click();
    const status = panel.getByRole('status');
    await expect(status).toContainText('404 Not Found — the sandbox does not know this event');
    await expect(status).toContainText('nothing to update');
    await expect(cards).toHaveCount(1);

    await sandbox.getByRole('button', { name: 'Clear' }).click();
    await expect(sandbox).toContainText('Cleared 1 event.');
    await expect(cards).toHaveCount(0);
    await expect(sandbox.getByRole('button', { name: 'Clear' })).toBeDisabled();
  });

  test('each browser sees only the events it sent', async ({ browser }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    try {
      const a = await openSendTest(await first.newPage(), 'mine_only', 'Only mine');
      await a.button.click();
      await expect(a.cards).toHaveCount(1);
      const b = await openSendTest(await second.newPage(), 'theirs', 'Theirs');
      await expect(b.sandbox).toContainText('Nothing yet');
      await expect(b.cards).toHaveCount(0);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('a double click sends once, and Send test stays disabled while the send is in flight', async ({
    page,
  }) => {
    const sends: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/test-send')) sends.push(request.method());
    });
    await page.route('**/api/test-send', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const { panel, button, cards } = await openSendTest(page, 'double_click', 'Double click');
    await button.dblclick();
    await expect(panel.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    await expect(panel.getByRole('status')).toContainText('202 Accepted');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('New event');
    expect(sends).toEqual(['POST']);
  });
});
