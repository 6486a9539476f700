// Pool threads start here: the CLI runs TypeScript without a build step, so the worker is loaded through
// tsx's require hook, which compiles in this thread (its ESM loader would start one more thread per worker).
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const worker = createRequire(import.meta.url)('./dry-run-worker.ts');
// tsx turns on source-mapped stack traces; liquidjs formats a stack for every error it wraps (each user the
// template skips with abort_message), and mapping it cost more than checking that user. Stacks are never
// part of a result.
process.setSourceMapsEnabled(false);

export default worker.default;
