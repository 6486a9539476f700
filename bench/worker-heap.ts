import type { Browser, CDPSession } from '@playwright/test';

/** Sends one CDP command to a target (a dedicated worker) through the browser session, and returns its answer. */
async function sendToTarget<T>(cdp: CDPSession, sessionId: string, method: string, id: number): Promise<T> {
  const answer = new Promise<T>((resolve, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const parsed = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
      if (event.sessionId !== sessionId || parsed.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (parsed.error) reject(new Error(`${method}: ${parsed.error.message}`));
      else resolve(parsed.result as T);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  return answer;
}

/**
 * The JS heap of the page's preview worker after a full garbage collection, in MB. Workers have no
 * performance.memory, so this goes through CDP: attach to the worker target, collect garbage, read the heap.
 */
async function previewWorkerHeapMb(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('preview-worker'));
    if (!worker) throw new Error('The preview worker is not running.');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    await sendToTarget(cdp, sessionId, 'HeapProfiler.collectGarbage', 1);
    const { usedSize } = await sendToTarget<{ usedSize: number }>(cdp, sessionId, 'Runtime.getHeapUsage', 2);
    await cdp.send('Target.detachFromTarget', { sessionId });
    return Math.round((usedSize / 1024 / 1024) * 10) / 10;
  } finally {
    await cdp.detach();
  }
}

/**
 * Types into a 50 KB description for `seconds` (one character every 100 ms, as a fast typist), then reports
 * the preview worker's heap after garbage collection: caches must stay bounded however long one types.
 */
export async function benchWorkerHeap(
  browser: Browser,
  url: string,
  seconds = 120,
): Promise<{ worker_heap_mb: number; start_mb: number; keystrokes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    const description = page.locator('textarea[name="description"]');
    await description.waitFor();
    const sentence = 'Doors open at six for {{${first_name}}}, bring a friend. ';
    await description.fill(sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000));
    await page.locator('.preview-status--ready, .preview-status--danger').waitFor({ timeout: 60_000 });
    const start = await previewWorkerHeapMb(browser);
    await description.focus();
    await page.keyboard.press('Control+End');
    const until = Date.now() + seconds * 1000;
    let keystrokes = 0;
    while (Date.now() < until) {
      await page.keyboard.type(String.fromCharCode(97 + (keystrokes % 26)));
      keystrokes += 1;
      await page.waitForTimeout(100);
    }
    await page.locator('.preview-status--ready, .preview-status--danger').waitFor({ timeout: 60_000 });
    return { worker_heap_mb: await previewWorkerHeapMb(browser), start_mb: start, keystrokes };
  } finally {
    await context.close();
  }
}
