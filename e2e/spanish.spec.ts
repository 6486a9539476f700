import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

// The whole marketer flow with a browser set to Spanish: the interface follows navigator.languages, every
// main screen is in Spanish, and a screenshot of each step is kept with the run's results.

test.use({ locale: 'es-ES' });

const guide = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/guide-create.template.json', import.meta.url), 'utf8'),
) as { url: string; body: string; headers: { name: string; value: string }[] };

/**
 * English words no Spanish sentence uses: one of them in the visible text (code blocks, the template and
 * what the marketer typed left out) means a text escaped translation.
 */
const ENGLISH =
  /\b(the|and|with|your|this|that|is|are|was|not|of|for|from|into|Save|Open|Copy|Send|Preview|Loading|Problems|Warning|Event|Title|Start|End|Reminder|Timezone|Choose|Request|Headers|Body|Remove|Import|Cancel|Close|Drafts|Untitled|Hi)\b/g;

/** Terms the Spanish interface keeps as they are (names, ids, Braze's and Rokt's own terms). */
const ALLOWED = new Set(['Braze', 'Rokt', 'webhook', 'Webhook', 'JSON', 'Liquid', 'URL', 'cURL', 'sandbox']);

/** The visible text of the page without code, the template, form values and the language menu. */
async function interfaceText(page: Page): Promise<string> {
  return page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        'code, pre, .preview-code, .app-language, option, select, textarea, input, .braze-import-mapped dd',
      )
      .forEach((el) => el.remove());
    return copy.innerText;
  });
}

async function expectNoEnglish(page: Page, screen: string): Promise<void> {
  const text = await interfaceText(page);
  const words = [...text.matchAll(ENGLISH)].map((m) => m[0]).filter((w) => !ALLOWED.has(w));
  const context = words.map((w) => text.slice(Math.max(0, text.indexOf(w) - 60), text.indexOf(w) + 60));
  expect(words, `English on ${screen}: ${context.join(' | ')}`).toEqual([]);
}

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  // From the top, so that the sticky header is drawn at the top of the full-page picture, not across it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

test('a marketer composes, previews, sets up Braze, sends a test, keeps a draft and imports, all in Spanish', async ({
  page,
}, info) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByLabel('Idioma')).toHaveValue('es');

  // Compose: a new draft starts with Spanish example texts.
  await expect(page.getByLabel('Título', { exact: true })).toHaveValue('Título del evento');
  await page.getByLabel('Título', { exact: true }).fill('Rebajas de verano para {{${first_name}}}');
  await page.getByLabel('ID del evento', { exact: true }).fill('rebajas_verano_2027');
  await page.getByLabel('Descripción', { exact: true }).fill('Abrimos a las seis.');
  await page.getByLabel('Ubicación', { exact: true }).fill('Tienda de Gran Vía');
  await page.getByLabel('Inicio', { exact: true }).fill('2027-07-04T18:00');
  await page.getByLabel('Fin', { exact: true }).fill('2027-07-04T17:00');
  await expect(page.locator('#composer-end-messages')).toContainText('es anterior al inicio');
  await page.getByLabel('Fin', { exact: true }).fill('2027-07-04T20:00');
  await expect(page.locator('#composer-end-messages')).toHaveCount(0);
  // The native inputs follow the browser's locale; the line under each writes the date in Spanish.
  await expect(page.locator('.composer-written')).toHaveText([
    'dom, 4 jul 2027, 18:00',
    'dom, 4 jul 2027, 20:00',
  ]);

  // Pick New York by typing its Spanish name.
  const zone = page.getByLabel('Zona horaria', { exact: true });
  await zone.click();
  await page.getByRole('combobox', { name: 'Buscar zonas horarias' }).fill('nueva york');
  const newYork = page.getByRole('option', { name: /Eastern Standard Time/ }).first();
  await expect(newYork).toContainText('UTC-04:00');
  await newYork.click();
  await expect(zone).toContainText('UTC-04:00');
  await expect(zone).toContainText('(Eastern Standard Time)');
  await expect(zone).toContainText('Hora');
  const summary = page.getByRole('region', { name: 'Resumen de horas' });
  await expect(summary.getByRole('row', { name: /^UTC/ })).toContainText('22:00');
  await expect(summary).toContainText('El recordatorio salta');
  await shot(page, info, '01-redactar');
  await expectNoEnglish(page, 'the composer');

  // Preview.
  const preview = page.getByRole('region', { name: 'Vista previa en directo' });
  await expect(preview).toContainText('Actualizada');
  await expect(preview).toContainText('Rebajas de verano para');
  await expect(preview).toContainText('Sin problemas: Rokt aceptaría esta solicitud.');
  await shot(page, info, '02-vista-previa');
  await expectNoEnglish(page, 'the preview');

  // Set up in Braze.
  await page.getByRole('tab', { name: 'Configurar en Braze' }).click();
  const setup = page.getByRole('region', { name: 'Copiar en Braze' });
  await expect(setup).toContainText('Configuración › Contenido conectado');
  await expect(setup.getByRole('button', { name: 'Copiar URL del webhook' })).toBeVisible();
  await shot(page, info, '03-configurar-en-braze');
  await expectNoEnglish(page, 'Set up in Braze');

  // Send a test to the sandbox.
  await page.getByRole('tab', { name: 'Enviar prueba' }).click();
  const send = page.getByRole('region', { name: 'Enviar prueba' });
  const button = send.getByRole('button', { name: 'Enviar prueba' });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const cards = send.getByRole('region', { name: 'En el sandbox' }).getByRole('article');
  const before = await cards.count();
  await button.click();
  await expect(send.getByRole('status')).toContainText('en cola en el sandbox');
  await expect(cards).toHaveCount(before + 1);
  await expect(cards.first()).toHaveAccessibleName(/^Entrada de calendario: /);
  await shot(page, info, '04-enviar-prueba');
  await expectNoEnglish(page, 'Send test');

  // Keep it as a draft and find it again.
  await page.getByRole('button', { name: 'Guardar como…' }).click();
  const saveAs = page.getByRole('dialog', { name: 'Guardar como' });
  await saveAs.getByLabel('Nombre').fill('Rebajas de verano');
  await saveAs.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(saveAs).toBeHidden();
  await page.getByRole('button', { name: 'Abrir…' }).click();
  const drafts = page.getByRole('dialog', { name: 'Borradores' });
  await expect(drafts.getByRole('button', { name: /Rebajas de verano/ }).first()).toBeVisible();
  await shot(page, info, '05-borradores');
  await expectNoEnglish(page, 'the drafts dialog');
  await page.keyboard.press('Escape');
  await expect(drafts).toBeHidden();

  // Import the partner guide's webhook.
  await page.getByRole('button', { name: 'Importar de Braze…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importar de Braze' });
  await dialog.getByLabel('URL del webhook').fill(guide.url);
  await dialog.getByLabel('Cuerpo de la solicitud').fill(guide.body);
  const filled = dialog.getByRole('region', { name: /Rellenado/ });
  await expect(filled).toContainText('ID del evento');
  await expect(filled).toContainText('Zona horaria');
  await shot(page, info, '06-importar');
  await expectNoEnglish(page, 'the import dialog');
  await dialog.getByRole('button', { name: 'Usar estos valores' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('ID del evento', { exact: true })).toHaveValue('Event_0001');
});
