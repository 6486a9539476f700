import './code-view.css';
import { memo } from 'react';
import type { ReactNode } from 'react';

/** A problem pinned to one line of a code view. */
export interface LineMark {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based column to point at, when known. */
  column?: number;
}

interface CodeLineProps {
  index: number;
  content: ReactNode;
  /** The line's text when `content` is built anew on each render (coloured spans): lines compare by it. */
  text?: string;
  mark?: LineMark;
}

const sameMark = (a?: LineMark, b?: LineMark) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.column === b.column);

/** One numbered line of a code view; redrawn only when its text, number or mark changes (a keystroke changes one line). */
export const CodeLine = memo(
  function CodeLine({ index, content, mark }: CodeLineProps) {
    return (
      <div className={mark ? `preview-code-line preview-code-line--${mark.severity}` : 'preview-code-line'}>
        <span className="preview-code-gutter" aria-hidden="true">
          {index + 1}
        </span>
        <span className="preview-code-text">
          {content}
          {mark && (
            <span className="preview-code-note">
              {mark.column !== undefined && (
                <span className="preview-code-caret" aria-hidden="true">
                  {' '.repeat(Math.max(0, mark.column - 1))}^
                </span>
              )}
              <span className="preview-code-message">
                {mark.column !== undefined ? `Column ${mark.column}: ` : ''}
                {mark.message}
              </span>
            </span>
          )}
        </span>
      </div>
    );
  },
  (a, b) =>
    a.index === b.index &&
    (a.text !== undefined || b.text !== undefined ? a.text === b.text : a.content === b.content) &&
    sameMark(a.mark, b.mark),
);

/**
 * Shows numbered lines of code; marked lines are highlighted, with a caret under the column and the message.
 * `texts` (one per line) lets lines whose content is built anew on each render keep unchanged lines as they are.
 */
export function CodeView(props: {
  label: string;
  lines: ReactNode[];
  texts?: string[];
  marks?: Map<number, LineMark>;
}) {
  const { label, lines, texts, marks } = props;
  return (
    // Focusable: long lines scroll sideways, and keyboard users must be able to scroll them too.
    <div className="preview-code" role="group" aria-label={label} tabIndex={0}>
      {lines.map((content, index) => (
        <CodeLine
          key={index}
          index={index}
          content={content}
          text={texts?.[index]}
          mark={marks?.get(index)}
        />
      ))}
    </div>
  );
}
