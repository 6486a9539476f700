import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../core/issues';
import type { RenderedRequest } from '../../core/template';
import { createRenderCounter } from '../../testing/render-counter';
import { withRenderer } from '../../testing/preview';
import { BodyView } from './body-view';
import { CodeLine, CodeView, type LineMark } from './code-view';

const counter = createRenderCounter({ CodeLine });

/** Renders `ui`, then `next` in its place, and returns how many code lines React rendered for the second. */
function linesRedrawn(ui: ReactNode, next: ReactNode): number {
  const Wrapper = withRenderer();
  const { container, rerender } = render(<counter.Counted>{ui}</counter.Counted>, { wrapper: Wrapper });
  counter.attach(container);
  rerender(<counter.Counted>{next}</counter.Counted>);
  return counter.count('CodeLine');
}

/** Code lines drawn as coloured spans built anew on each render, as the pretty body does. */
function spans(texts: string[], marks?: Map<number, LineMark>) {
  const lines = texts.map((text) => <span className="preview-json-string">{text}</span>);
  return <CodeView label="Code" lines={lines} texts={texts} marks={marks} />;
}

/** The text of each line shown (without the line numbers). */
const shownLines = (name: string) =>
  [...screen.getByRole('group', { name }).querySelectorAll('.preview-code-text')].map(
    (line) => line.textContent,
  );

const warning = (message: string): Map<number, LineMark> => new Map([[1, { severity: 'warning', message }]]);

describe('CodeView redraws only the lines that changed', () => {
  it.each([
    { change: 'nothing', after: ['{', '"a": 1', '}'], marks: undefined, redrawn: 0 },
    { change: 'the text of one line', after: ['{', '"a": 2', '}'], marks: undefined, redrawn: 1 },
    { change: 'the mark of one line', after: ['{', '"a": 1', '}'], marks: warning('Check a'), redrawn: 1 },
    { change: 'a line added at the top', after: ['[', '{', '"a": 1', '}'], marks: undefined, redrawn: 4 },
  ])('$change: $redrawn line(s) drawn again', ({ after, marks, redrawn }) => {
    expect(linesRedrawn(spans(['{', '"a": 1', '}']), spans(after, marks))).toBe(redrawn);
    expect(shownLines('Code')).toEqual(after.map((text, i) => (i === 1 && marks ? `${text}Check a` : text)));
  });

  it('a same mark given as a new object does not redraw its line, and the mark stays shown', () => {
    expect(
      linesRedrawn(
        spans(['{', '"a": 1', '}'], warning('Check a')),
        spans(['{', '"a": 1', '}'], warning('Check a')),
      ),
    ).toBe(0);
    expect(screen.getByText('Check a').closest('.preview-code-line')).toHaveClass(
      'preview-code-line--warning',
    );
  });

  it('plain text lines compare by their text', () => {
    const view = (lines: string[]) => <CodeView label="Code" lines={lines} />;
    expect(linesRedrawn(view(['a', 'b', 'c']), view(['a', 'B', 'c']))).toBe(1);
    expect(shownLines('Code')).toEqual(['a', 'B', 'c']);
  });
});

function renderedWith(title: string, warnings: Issue[] = []): RenderedRequest {
  const json = { event: { eventId: 'e1', title, start: '2027-02-21T15:00:00' }, subscriptionIds: ['s1'] };
  const body = JSON.stringify(json);
  return { url: 'https://x', method: 'POST', headers: [], body, json, errors: [], warnings };
}

describe('BodyView', () => {
  it('a new rendering that changes one value redraws that line only', () => {
    const redrawn = linesRedrawn(
      <BodyView rendered={renderedWith('Sale')} />,
      <BodyView rendered={renderedWith('Sales')} />,
    );
    expect(redrawn).toBe(1);
    expect(screen.getByRole('group', { name: 'Rendered body (pretty-printed JSON)' })).toHaveTextContent(
      '"title": "Sales"',
    );
  });

  it('a new problem on an unchanged line redraws that line with its mark', () => {
    const issue: Issue = {
      code: 'rokt.title-long',
      path: 'event.title',
      field: 'body',
      severity: 'warning',
      message: 'The title is long.',
    };
    const redrawn = linesRedrawn(
      <BodyView rendered={renderedWith('Sale')} />,
      <BodyView rendered={renderedWith('Sale', [issue])} />,
    );
    expect(redrawn).toBe(1);
    expect(screen.getByText('The title is long.').closest('.preview-code-line')).toHaveTextContent(
      '"title": "Sale"',
    );
  });
});
