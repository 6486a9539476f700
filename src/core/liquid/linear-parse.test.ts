import { describe, expect, it } from 'vitest';
import { engine } from './engine';
import { parseLinear, tokenQueue } from './linear-parse';

const SCOPE = { name: 'Ana', items: [1, 2, 3], n: 2 };

async function outcome(parse: () => unknown): Promise<string> {
  try {
    return `ok: ${await engine.render(parse() as never, SCOPE)}`;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('parseLinear', () => {
  // Every block tag reads the remaining tokens through the queue: a method it lacks would throw here.
  it.each([
    ['plain text', 'Hello'],
    ['outputs and filters', 'Hi {{ name | upcase }}{{ n | plus: 1 }}'],
    ['if / elsif / else', '{% if n > 2 %}big{% elsif n == 2 %}two{% else %}small{% endif %}'],
    ['unless', '{% unless n == 1 %}not one{% endunless %}'],
    ['case / when', '{% case n %}{% when 1 %}one{% when 2 %}two{% else %}many{% endcase %}'],
    [
      'for with else and nested if',
      '{% for i in items %}{% if i == 2 %}[{{ i }}]{% endif %}{% else %}none{% endfor %}',
    ],
    [
      'capture and assign',
      '{% capture t %}{{ name }}!{% endcapture %}{% assign u = t | size %}{{ t }}{{ u }}',
    ],
    ['raw', '{% raw %}{{ not parsed }}{% endraw %}'],
    ['comment', 'a{% comment %}{% if %}{% endcomment %}b'],
    ['liquid tag', '{% liquid\nassign x = 3\necho x\n%}'],
    ['unclosed if', '{% if n %}open'],
    ['unknown tag', '{% nosuchtag %}'],
    ['bad output', '{{ name | }}'],
  ])('%s: renders and fails exactly as liquid.parse', async (_, source) => {
    expect(await outcome(() => parseLinear(engine, source))).toBe(await outcome(() => engine.parse(source)));
  });

  it('parses 20,000 outputs into 20,000 templates', () => {
    expect(parseLinear(engine, '{{ n }}'.repeat(20_000))).toHaveLength(20_000);
  });
});

describe('tokenQueue', () => {
  it('hands out the tokens in order and counts what is left', () => {
    const tokens = engine.parse('a{{ n }}b').map((t) => t.token);
    const queue = tokenQueue(tokens as never);
    expect(queue.length).toBe(3);
    expect(queue.shift()).toBe(tokens[0]);
    expect(queue.length).toBe(2);
    queue.shift();
    queue.shift();
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});
