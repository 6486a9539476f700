import { expect, test } from '@playwright/test';
import { docName, docState, listedNames, openDraftsDialog, saveDocument, titleField } from './drafts-helpers';

test.describe('drafts as documents', () => {
  // Several pages and reloads per test: give a busy machine room.
  test.describe.configure({ timeout: 60_000 });
  test('the open work survives a reload, with its unsaved state', async ({ page }) => {
    await page.goto('/');
    await expect(docName(page)).toHaveText('Untitled');
    await titleField(page).fill('Reload me');
    await page.getByLabel('Start', { exact: true }).fill('2027-09-01T10:00');
    await expect(docState(page)).toHaveText('Unsaved changes');
    await expect
      .poll(() => page.evaluate(() => sessionStorage.getItem('rcc.tab.v2') ?? ''))
      .toContain('Reload me');
    await page.reload();
    await expect(titleField(page)).toHaveValue('Reload me');
    await expect(page.getByLabel('Start', { exact: true })).toHaveValue('2027-09-01T10:00');
    await expect(docState(page)).toHaveText('Unsaved changes');
  });

  test('New, Save, Open and the unsaved-changes question (cancel, don’t save, save)', async ({ page }) => {
    await page.goto('/');
    await titleField(page).fill('Black Friday');
    await saveDocument(page, 'Black Friday');
    await expect(docName(page)).toHaveText('Black Friday');
    await expect(docState(page)).toHaveText('Saved');

    // Save writes to the open draft: no second entry, no "(2)".
    await titleField(page).fill('Black Friday deals');
    await expect(docState(page)).toHaveText('Unsaved changes');
    await page.keyboard.press('Control+s');
    await expect(docState(page)).toHaveText('Saved');
    await openDraftsDialog(page);
    expect(await listedNames(page)).toEqual(['Black Friday']);
    await page.getByRole('dialog', { name: 'Drafts' }).getByRole('button', { name: 'Close' }).click();

    await titleField(page).fill('Edited, not saved');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const prompt = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(prompt).toContainText('Save the changes to “Black Friday” before starting a new event?');
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect(titleField(page)).toHaveValue('Edited, not saved');

    await page.getByRole('button', { name: 'New', exact: true }).click();
    await prompt.getByRole('button', { name: 'Don’t save' }).click();
    await expect(docName(page)).toHaveText('Untitled');
    await expect(titleField(page)).toHaveValue('Event Title');

    await titleField(page).fill('Cyber Monday');
    const dialog = await openDraftsDialog(page);
    await dialog.getByRole('button', { name: 'Open Black Friday' }).click();
    await expect(prompt).toContainText('Save the changes to “Untitled” before opening another draft?');
    await prompt.getByRole('button', { name: 'Save', exact: true }).click();
    const saveAs = page.getByRole('dialog', { name: 'Save as' });
    await expect(saveAs.getByLabel('Name')).toHaveValue('Cyber Monday');
    await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
    // Saved, then the requested draft opened.
    await expect(docName(page)).toHaveText('Black Friday');
    await expect(titleField(page)).toHaveValue('Black Friday deals');
    await openDraftsDialog(page);
    expect((await listedNames(page)).sort()).toEqual(['Black Friday', 'Cyber Monday']);
  });

  test('Save as refuses a name in use; duplicate, rename, and delete with undo', async ({ page }) => {
    await page.goto('/');
    await saveDocument(page, 'Launch');
    await page.getByRole('button', { name: 'Save as…' }).click();
    const saveAs = page.getByRole('dialog', { name: 'Save as' });
    await saveAs.getByLabel('Name').fill('Launch');
    await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(saveAs.getByRole('alert')).toHaveText(
      'A draft named “Launch” already exists. Choose another name, or open it and save.',
    );
    await saveAs.getByRole('button', { name: 'Cancel' }).click();

    const dialog = await openDraftsDialog(page);
    await dialog.getByRole('button', { name: 'Duplicate Launch' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved a copy as “Launch (copy)”.' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Rename Launch (copy)' }).click();
    await dialog.getByLabel('New name for “Launch (copy)”').fill('Relaunch');
    await dialog.getByRole('button', { name: 'Save name' }).click();
    expect((await listedNames(page)).sort()).toEqual(['Launch', 'Relaunch']);

    await dialog.getByRole('button', { name: 'Delete Launch' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Relaunch']);
    // The open draft was deleted: its content stays, as unsaved work.
    await expect(docName(page)).toHaveText('Untitled');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await listedNames(page)).sort()).toEqual(['Launch', 'Relaunch']);
    await expect(docName(page)).toHaveText('Launch');
    await expect(docState(page)).toHaveText('Saved');
  });

  test('importing a bad file shows the error and changes nothing', async ({ page }) => {
    await page.goto('/');
    await saveDocument(page, 'Keep me');
    const savedDrafts = () =>
      page.evaluate(() =>
        JSON.stringify(
          Object.entries(localStorage)
            .filter(([key]) => key.startsWith('rcc.draft.'))
            .sort(),
        ),
      );
    const before = await savedDrafts();
    const dialog = await openDraftsDialog(page);
    await dialog.getByLabel('Import drafts file…').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": "rokt-calendar-composer/drafts", "version": 2, "drafts": [ }'),
    });
    await expect(dialog.getByRole('alert')).toContainText(
      '“broken.json” was not imported: The file is not valid JSON',
    );
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed.');
    expect(await savedDrafts()).toBe(before);
    expect(await listedNames(page)).toEqual(['Keep me']);
  });

  test('drafts saved by the previous version are moved over and damaged data is reported, not lost', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const draft = {
        mode: 'create',
        eventId: 'old_1',
        title: 'From version one',
        start: '2027-01-05T09:00',
        end: '2027-01-05T10:00',
        timezone: 'Eastern Standard Time',
        notifyBefore: 30,
        credentialName: 'Rokt-Calendar-API',
      };
      localStorage.setItem(
        'rcc.drafts.v1',
        JSON.stringify({
          format: 'rokt-calendar-composer/drafts',
          version: 1,
          drafts: [{ id: 'old-1', name: 'Old one', savedAt: '2026-01-01T00:00:00.000Z', draft }],
        }),
      );
      localStorage.setItem(
        'rcc.autosave.v1',
        JSON.stringify({
          format: 'rokt-calendar-composer/autosave',
          version: 1,
          draft: { ...draft, title: 'Autosaved in v1' },
        }),
      );
      localStorage.setItem('rcc.draft.broken', '{"v":2,');
    });
    await page.goto('/');
    await expect(titleField(page)).toHaveValue('Autosaved in v1');
    await expect(page.getByText(/1 saved draft could not be read .* under “rcc.draft.broken”/)).toBeVisible();
    await openDraftsDialog(page);
    expect(await listedNames(page)).toEqual(['Old one']);
    expect(await page.evaluate(() => localStorage.getItem('rcc.draft.broken'))).toBe('{"v":2,');
    expect(await page.evaluate(() => localStorage.getItem('rcc.drafts.v1'))).toBeNull();
  });
});
