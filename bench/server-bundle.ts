import { execFileSync, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

let built = false;

/**
 * Starts the proxy the way `npm start` runs it: bundled by esbuild (built once per bench run, so it never
 * measures a stale bundle) and run by plain Node, with `env` on top of the bench's environment.
 */
export function startBundledServer(env: Record<string, string>, stdio: StdioOptions): ChildProcess {
  if (!built) {
    execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'inherit' });
    built = true;
  }
  return spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js'], {
    env: { ...process.env, ...env },
    stdio,
  });
}
