/**
 * liquidjs's own parser messages that can be recognised, each turned into a kind (`v`), its values and an
 * English sentence, so that no language shows liquidjs's English text inside its own sentence.
 */
type Values = Record<string, string>;

interface ParserKind {
  pattern: RegExp;
  v: string;
  values?: (match: RegExpExecArray) => Values;
  message: (values: Values) => string;
}

/** liquidjs quotes the text it shows as a JSON string: the text itself (as is when it is not one). */
function unquote(quoted: string | undefined): string {
  try {
    return JSON.parse(`"${quoted ?? ''}"`) as string;
  } catch {
    return quoted ?? '';
  }
}

const KINDS: ParserKind[] = [
  {
    pattern: /^illegal tag: \{%-?\s*([\w-]+)/,
    v: 'illegal-tag',
    values: (m) => ({ name: m[1] ?? '' }),
    message: ({ name }) =>
      `The {% ${name} %} tag is not written the way Liquid expects: check what follows its name (a for loop reads {% for item in list %}).`,
  },
  {
    pattern: /^illegal (liquid )?tag syntax/,
    v: 'tag-name',
    message: () => 'A tag has no name: write the tag name right after {%.',
  },
  {
    pattern: /^expected variable name$/,
    v: 'variable-name',
    message: () =>
      'A variable name is missing or not valid here: use letters, digits and _ (after assign, say).',
  },
  {
    pattern: /^expected "="$/,
    v: 'equals',
    message: () =>
      'assign needs "=" between the variable name and its value, like {% assign name = value %}.',
  },
  {
    pattern: /^invalid value expression: ""$/,
    v: 'value-missing',
    message: () => 'A value is missing here: an empty condition, or nothing after "=".',
  },
  {
    pattern: /^invalid value expression: "(.*)"$/s,
    v: 'value',
    values: (m) => ({ expression: unquote(m[1]) }),
    message: ({ expression }) =>
      `Liquid cannot read "${expression}" as a value: check the quotes, names and operators there.`,
  },
  {
    pattern: /^unexpected token "(.*)", value expected$/s,
    v: 'value-expected',
    values: (m) => ({ token: unquote(m[1]) }),
    message: ({ token }) => `A value is missing before "${token}".`,
  },
  {
    pattern: /^unexpected character "(.*)"$/s,
    v: 'character',
    values: (m) => ({ text: unquote(m[1]) }),
    message: ({ text }) =>
      `Liquid did not expect ${text} here: separate a filter's arguments with commas and put each filter after a |.`,
  },
  {
    pattern: /^expected "\|" before filter$/,
    v: 'pipe',
    message: () =>
      'Something here is neither a value nor a filter: a filter needs a | before its name, and a comparison uses == (a single = only assigns).',
  },
  {
    pattern: /^expected filter name$/,
    v: 'filter-name',
    message: () => 'A filter name is missing after |.',
  },
  {
    pattern: /^expected ":" after filter name$/,
    v: 'filter-colon',
    message: () => 'A filter\'s arguments need ":" after its name, like | append: "x".',
  },
  {
    pattern: /^invalid capture name$/,
    v: 'capture-name',
    message: () => 'capture needs the name of the variable it fills, like {% capture greeting %}.',
  },
  {
    pattern: /^empty candidates/,
    v: 'cycle',
    message: () => 'cycle needs at least one value to go through.',
  },
  {
    pattern: /^invalid range syntax$/,
    v: 'range',
    message: () => 'A range must look like (1..5).',
  },
  {
    pattern: /^unbalanced parentheses$/,
    v: 'parentheses',
    message: () => 'The parentheses here do not pair up: close each one you open.',
  },
  {
    pattern: /^(\[|\() not closed$/,
    v: 'bracket',
    values: (m) => ({ bracket: m[1] ?? '' }),
    message: ({ bracket }) => `A "${bracket}" is opened here but not closed.`,
  },
  {
    pattern: /^unexpected elsif after else$/,
    v: 'elsif-after-else',
    message: () => 'elsif cannot come after else in the same if block: move it before else.',
  },
  {
    pattern: /^duplicated else$/,
    v: 'else-twice',
    message: () => 'This block has two else tags: keep one.',
  },
];

/** The kind, values and English sentence of a liquidjs parser message, or null when it is not recognised. */
export function parserError(raw: string): { message: string; params: Values } | null {
  for (const kind of KINDS) {
    const match = kind.pattern.exec(raw);
    if (!match) continue;
    const values = kind.values?.(match) ?? {};
    return { message: kind.message(values), params: { v: kind.v, ...values } };
  }
  return null;
}
