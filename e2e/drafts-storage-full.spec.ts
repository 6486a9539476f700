import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { docState, listedNames, openDraftsDialog, saveDocument, titleField } from './drafts-helpers';

/** Fills this origin's local storage until not even one more character fits; returns how many were added. */
function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let added = 0;
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler.${(n += 1)}`, chunk);
          added += size;
        } catch {
          break;
        }
      }
    }
    return added;
  });
}

const emptyFiller = (page: Page) =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
  });

test('a full storage is reported at once, the work stays on the page, and Export drafts keeps all of it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two browser contexts, a full storage and an import: slow on a busy machine
  await page.goto('/');
  await titleField(page).fill('Saved before');
  await saveDocument(page, 'Saved before');
  await expect(docState(page)).toHaveText('Saved');

  expect(await fillStorage(page)).toBeGreaterThan(1_000_000);
  await titleField(page).fill('Typed while storage is full');
  const failure = page.getByRole('alert').filter({ hasText: 'local storage is full' });
  await expect(failure).toHaveText(/Your changes cannot be kept in this browser: local storage is full/);
  await expect(docState(page)).toHaveText('Save failed');

  await saveDocument(page);
  await expect(failure).toContainText(
    'Not saved: local storage is full. Your work is still on this page; export your drafts to keep a copy.',
  );
  await expect(docState(page)).toHaveText('Save failed');
  await expect(titleField(page)).toHaveValue('Typed while storage is full');

  const downloading = page.waitForEvent('download');
  await failure.getByRole('button', { name: 'Export drafts' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rokt-calendar-drafts-\d{4}-\d{2}-\d{2}\.rcc\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'rokt-calendar-composer/drafts', version: 2 });
  const entries = file.drafts.map((d: { name: string; draft: { title: string } }) => [d.name, d.draft.title]);
  expect(entries).toEqual([
    ['Saved before (unsaved changes)', 'Typed while storage is full'],
    ['Saved before', 'Saved before'],
  ]);

  // The exported file restores everything in a browser that has never seen these drafts.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  const dialog = await openDraftsDialog(other);
  await dialog.getByLabel('Import drafts file…').setInputFiles((await download.path())!);
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    /^Imported 2 drafts from “.+”\.$/,
  );
  expect((await listedNames(other)).sort()).toEqual(['Saved before', 'Saved before (unsaved changes)']);
  await fresh.close();

  // Once there is room again, saving works and the edit is kept.
  await emptyFiller(page);
  await saveDocument(page);
  await expect(docState(page)).toHaveText('Saved');
  await page.reload();
  await expect(titleField(page)).toHaveValue('Typed while storage is full');
  await expect(docState(page)).toHaveText('Saved');
});
