import { expect, type Page } from '@playwright/test';

/** The Title field of the composer. */
export const titleField = (page: Page) => page.getByLabel('Title', { exact: true });
/** The open document's name and state in the header. */
export const docName = (page: Page) => page.getByTestId('document-name');
export const docState = (page: Page) => page.getByTestId('document-state');

/** Saves the open document; for an untitled one, answers the Save as dialog with `name`. */
export async function saveDocument(page: Page, name?: string): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  if (name !== undefined) {
    const dialog = page.getByRole('dialog', { name: 'Save as' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}

/** Opens the Drafts dialog and returns it. */
export async function openDraftsDialog(page: Page) {
  await page.getByRole('button', { name: 'Open…' }).click();
  return page.getByRole('dialog', { name: 'Drafts' });
}

/** The names listed in the open Drafts dialog. */
export async function listedNames(page: Page): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Drafts' });
  return dialog.getByRole('list', { name: 'Saved drafts' }).locator('.drafts-row-name').allInnerTexts();
}
