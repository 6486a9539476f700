import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './commands';

const fixture = (name: string) => readFileSync(new URL(`../core/fixtures/${name}`, import.meta.url), 'utf8');
const guide = JSON.parse(fixture('guide-create.template.json')) as { body: string };

/** The guide's template with `filler` appended to the event description inside the body. */
function templateWithDescription(filler: string): string {
  return JSON.stringify({
    ...guide,
    body: guide.body.replace('Event Description', `Event Description ${filler}`),
  });
}

const files: Record<string, string> = {
  'user.json': fixture('guide-user.json'),
  // About 1 MB of Liquid: 40,000 outputs, each one a place a quadratic scan would revisit.
  'one-megabyte.json': templateWithDescription('Hello {{${first_name}}} '.repeat(40_000)),
  // Just under the size limit: it must render in full, not be refused.
  'under-limit.json': templateWithDescription(
    `Hi {{\${first_name}}} ${'lorem ipsum '.repeat(150)}`.repeat(100),
  ),
};
const readText = (path: string) => files[path] ?? '';

describe('cli render of very large templates', () => {
  it('refuses a 1 MB body early, naming the size limit and the fix, with exit 1', async () => {
    const r = await runCli(['render', '--template', 'one-megabyte.json', '--user', 'user.json'], readText);
    const out = JSON.parse(r.stdout) as { errors: { code: string; message: string; path: string }[] };
    expect(r.exitCode).toBe(1);
    expect(out.errors[0]).toMatchObject({ code: 'liquid.limit', path: 'body' });
    expect(out.errors[0]?.message).toMatch(
      /characters long; the preview renders up to 200,000\. Shorten it\./,
    );
  });

  it('renders a template just under the limit in full', async () => {
    expect(files['under-limit.json']!.length).toBeGreaterThan(150_000);
    const r = await runCli(['render', '--template', 'under-limit.json', '--user', 'user.json'], readText);
    const out = JSON.parse(r.stdout) as {
      json: { event: { description: string } } | null;
      errors: { code: string }[];
    };
    expect(out.errors.map((e) => e.code)).not.toContain('liquid.limit');
    expect(out.json?.event.description.match(/Hi Alex /g)).toHaveLength(100);
  });
});
