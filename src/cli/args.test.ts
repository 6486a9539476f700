import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';

describe('parseCliArgs', () => {
  it.each<[string[], ReturnType<typeof parseCliArgs>]>([
    [['--help'], { command: 'help' }],
    [['-h'], { command: 'help' }],
    [['help'], { command: 'help' }],
    [['template', '--help'], { command: 'help' }],
    [['template', '--draft', 'd.json'], { command: 'template', draft: 'd.json' }],
    [
      ['template', '--draft=d.json', '--mode', 'update'],
      { command: 'template', draft: 'd.json', mode: 'update' },
    ],
    [
      ['render', '--template', 't.json', '--user', 'u.json'],
      { command: 'render', template: 't.json', user: 'u.json' },
    ],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'missing command'],
    [['publish'], 'unknown command "publish"'],
    [['template'], 'template needs --draft FILE'],
    [['template', '--draft', 'd.json', '--mode', 'delete'], '--mode must be "create" or "update"'],
    [['template', '--draft', 'd.json', '--user', 'u.json'], 'option --user does not apply to "template"'],
    [['render', '--template', 't.json'], 'render needs --user FILE'],
    [['render', '--user', 'u.json'], 'render needs --template FILE'],
    [['render', '--verbose'], "Unknown option '--verbose'"],
    [['template', 'extra', '--draft', 'd.json'], 'unexpected argument "extra"'],
  ])('%j is an error naming the problem', (argv, text) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.command).toBe('error');
    expect(parsed.command === 'error' && parsed.message).toContain(text);
    expect(parsed.command === 'error' && parsed.message).not.toContain('\n');
  });
});
