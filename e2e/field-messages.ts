import type { Locator } from '@playwright/test';

/**
 * The text of the messages shown under a control (the elements its aria-describedby points at whose ids end
 * in -messages), read in one step in the page: reading the attribute and then each element separately could
 * wait forever for a list that React removed in between.
 */
export function messagesOf(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id.endsWith('-messages'))
      .map((id) => (document.getElementById(id) as HTMLElement | null)?.innerText ?? '')
      .join(' '),
  );
}
