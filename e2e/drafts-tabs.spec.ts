import { expect, test } from '@playwright/test';
import { docName, docState, listedNames, openDraftsDialog, saveDocument, titleField } from './drafts-helpers';

test.describe('drafts in two tabs of one browser', () => {
  // Several pages and reloads per test: give a busy machine room.
  test.describe.configure({ timeout: 60_000 });
  test('concurrent saves in two tabs keep both drafts, and each tab keeps its own work after a reload', async ({
    context,
  }) => {
    const tab1 = await context.newPage();
    const tab2 = await context.newPage();
    await tab1.goto('/');
    await tab2.goto('/');
    await titleField(tab1).fill('from tab1');
    await titleField(tab2).fill('from tab2');
    await saveDocument(tab1, 'from tab1');
    await saveDocument(tab2, 'from tab2');
    await expect(docState(tab1)).toHaveText('Saved');
    await expect(docState(tab2)).toHaveText('Saved');

    // Tab 1 sees tab 2's draft live, without a reload.
    await openDraftsDialog(tab1);
    await expect.poll(async () => (await listedNames(tab1)).sort()).toEqual(['from tab1', 'from tab2']);

    await titleField(tab2).fill('from tab2, edited');
    await tab1.reload();
    await tab2.reload();
    await expect(titleField(tab1)).toHaveValue('from tab1');
    await expect(docName(tab1)).toHaveText('from tab1');
    await expect(titleField(tab2)).toHaveValue('from tab2, edited');
    await expect(docState(tab2)).toHaveText('Unsaved changes');
  });

  test('a saved change follows into a tab without edits, and warns a tab with edits; saving then keeps both', async ({
    context,
  }) => {
    const tab1 = await context.newPage();
    await tab1.goto('/');
    await titleField(tab1).fill('Cyber Monday');
    await saveDocument(tab1, 'Cyber Monday');

    const tab2 = await context.newPage();
    await tab2.goto('/');
    await (await openDraftsDialog(tab2)).getByRole('button', { name: 'Open Cyber Monday' }).click();
    await expect(docName(tab2)).toHaveText('Cyber Monday');

    // Tab 2 has no edits: it follows tab 1's save.
    await titleField(tab1).fill('Cyber Monday: 40% off');
    await saveDocument(tab1);
    await expect(titleField(tab2)).toHaveValue('Cyber Monday: 40% off');
    await expect(tab2.getByText('“Cyber Monday” was updated from another tab.')).toBeVisible();
    await expect(docState(tab2)).toHaveText('Saved');

    // Tab 2 now has edits when tab 1 saves again: it is warned and its edits stay.
    await titleField(tab2).fill('Cyber Monday: 50% off');
    await titleField(tab1).fill('Cyber Monday: 45% off');
    await saveDocument(tab1);
    const warning = tab2.getByRole('alert').filter({ hasText: 'was changed in another tab' });
    await expect(warning).toContainText(
      '“Cyber Monday” was changed in another tab. Your unsaved edits are still here; saving keeps both versions.',
    );
    await expect(titleField(tab2)).toHaveValue('Cyber Monday: 50% off');

    await warning.getByRole('button', { name: 'Keep mine' }).click();
    await saveDocument(tab2);
    await expect(tab2.getByRole('status').filter({ hasText: 'Both versions are kept' })).toHaveText(
      /“Cyber Monday” was changed in another tab first\. Both versions are kept: yours is saved as “Cyber Monday \(conflict copy\)”\./,
    );
    await expect(docName(tab2)).toHaveText('Cyber Monday (conflict copy)');
    await openDraftsDialog(tab1);
    await expect
      .poll(async () => (await listedNames(tab1)).sort())
      .toEqual(['Cyber Monday', 'Cyber Monday (conflict copy)']);
    await tab1.getByRole('dialog', { name: 'Drafts' }).getByRole('button', { name: 'Close' }).click();
    await expect(titleField(tab1)).toHaveValue('Cyber Monday: 45% off');
  });

  test('two tabs editing different drafts never interfere', async ({ context }) => {
    const tab1 = await context.newPage();
    const tab2 = await context.newPage();
    await tab1.goto('/');
    await tab2.goto('/');
    await titleField(tab1).fill('Spring sale');
    await saveDocument(tab1, 'Spring sale');
    await titleField(tab2).fill('Autumn sale');
    await saveDocument(tab2, 'Autumn sale');
    for (let i = 1; i <= 3; i += 1) {
      await titleField(tab1).fill(`Spring sale v${i}`);
      await saveDocument(tab1);
      await titleField(tab2).fill(`Autumn sale v${i}`);
      await saveDocument(tab2);
    }
    await expect(docState(tab1)).toHaveText('Saved');
    await expect(docState(tab2)).toHaveText('Saved');
    await expect(titleField(tab1)).toHaveValue('Spring sale v3');
    await expect(titleField(tab2)).toHaveValue('Autumn sale v3');
    await expect(tab1.getByRole('alert')).toHaveCount(0);
    await expect(tab2.getByRole('alert')).toHaveCount(0);
    await openDraftsDialog(tab1);
    expect((await listedNames(tab1)).sort()).toEqual(['Autumn sale', 'Spring sale']);
  });
});
