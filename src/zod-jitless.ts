import { config } from 'zod/mini';

// zod probes for eval with `new Function` when a schema is created, which the server's Content-Security-Policy
// forbids (and reports). Imported first by each entry (page and worker), before any schema exists.
config({ jitless: true });
