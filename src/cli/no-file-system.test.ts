import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'secret-file-content-3f9a';
const PACKAGE_NAME = 'a-package-that-must-not-be-read';

// The CLI runs in a folder holding real files that {% include %} / {% render %} would find on disk.
const cwd = mkdtempSync(join(tmpdir(), 'rokt-no-fs-'));
writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: PACKAGE_NAME }));
writeFileSync(join(cwd, 'secret.liquid'), SECRET);
writeFileSync(join(cwd, 'secret'), SECRET);
const guide = readFileSync(join(root, 'src/core/fixtures/guide-user.json'), 'utf8');
writeFileSync(join(cwd, 'user.json'), guide);
writeFileSync(join(cwd, 'users.jsonl'), `${JSON.stringify({ ...JSON.parse(guide), external_id: 'u1' })}\n`);

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
      join(root, 'src/cli/main.ts'),
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );

/** A template with one partial in its URL, in each of two headers and in its body. */
function templateWith(partials: string[]): string {
  const [url, first, second, body] = partials;
  const template = {
    url: `https://api.roktcalendar.com/v1/subscriptionevent/x${url}`,
    method: 'POST',
    headers: [
      { name: 'Authorization', value: `Bearer ${first}` },
      { name: 'Content-Type', value: `application/json${second}` },
    ],
    body: `{"a": "${body}"}`,
  };
  writeFileSync(join(cwd, 'template.json'), JSON.stringify(template));
  return 'template.json';
}

const PARTIALS = [
  "{% render 'package.json' %}",
  "{% include 'secret' %}",
  `{% render '${join(cwd, 'secret.liquid')}' %}`,
  '{% include secret %}',
];

/** The CLI's output with each excerpt (the line the user wrote, shown back to them) left out. */
const withoutExcerpts = (text: string) => text.replace(/"excerpt":\s*"(?:[^"\\]|\\.)*"/g, '');

// Each test spawns the CLI (TypeScript through tsx), which takes seconds on a busy machine.
describe('the CLI reads no template files', { timeout: 60_000 }, () => {
  it('render refuses {% render %} and {% include %} in every field without reading or naming the file', () => {
    const r = cli('render', '--template', templateWith(PARTIALS), '--user', 'user.json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    const refused = out.errors.filter((e: { code: string }) => e.code === 'braze.no-file-system');
    expect(refused.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual(
      [
        ['url', 'render'],
        ['headers.Authorization', 'include'],
        ['headers.Content-Type', 'render'],
        ['body', 'include'],
      ].map(([path, tag]) => [
        path,
        `{% ${tag} %} reads a template file, and Braze has no template files. Use a Content Block ({{content_blocks.\${name}}}) in Braze instead.`,
      ]),
    );
    for (const text of [withoutExcerpts(r.stdout), r.stderr]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(PACKAGE_NAME);
      expect(text).not.toMatch(/package\.json|secret/);
    }
  });

  it('dry-run refuses them for every user without reading or naming the file', () => {
    const r = cli('dry-run', '--template', templateWith(PARTIALS), '--users', 'users.jsonl');
    expect(r.stderr).not.toContain(SECRET);
    const report = JSON.parse(r.stdout);
    expect(report.failures).toEqual([
      expect.objectContaining({
        userId: 'braze-user-1',
        code: 'braze.no-file-system',
        message: expect.stringMatching(/^{% render %} reads a template file/),
      }),
    ]);
    expect(r.status).toBe(1);
    for (const text of [withoutExcerpts(r.stdout), r.stderr]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(PACKAGE_NAME);
    }
  });
});
