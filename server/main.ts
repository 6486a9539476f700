import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';

// Variables already in the environment win over the optional .env file.
if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const config = parseConfig(process.env);
  const server = serve(
    { fetch: createApp(config).fetch, port: config.port, hostname: config.host },
    (info) => {
      const url = `http://${config.host}:${info.port}`;
      console.log(
        JSON.stringify({ msg: 'listening', mode: config.mode, url, webApp: existsSync('dist/index.html') }),
      );
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => server.close(() => process.exit(0)));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
