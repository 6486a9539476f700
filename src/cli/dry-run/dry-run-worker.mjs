// Pool threads start here: register tsx (the CLI runs TypeScript without a build step), then load the worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./dry-run-worker.ts');

export default worker.default;
