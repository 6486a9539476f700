/// <reference lib="webworker" />
import '../../zod-jitless';
import { prepareImport, type ImportRequest } from './prepare-import';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  try {
    scope.postMessage(prepareImport(event.data));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    scope.postMessage({ ok: false, error: `The file could not be read (${detail}).` });
  }
};
