import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';
import { createHttpServer } from './http-server';
import { batchedLog } from './log-writer';

// Variables already in the environment win over the optional .env file.
if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const config = parseConfig(process.env);
  const logger = batchedLog();
  const server = createHttpServer(createApp(config, { logger, headersWrittenByServer: true }).fetch);
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger(
      JSON.stringify({ msg: 'listening', mode: config.mode, url, webApp: existsSync('dist/index.html') }),
    );
    logger.flush();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 2_000).unref();
    });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
