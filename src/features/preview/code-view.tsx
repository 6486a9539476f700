import './code-view.css';
import type { ReactNode } from 'react';

/** A problem pinned to one line of a code view. */
export interface LineMark {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based column to point at, when known. */
  column?: number;
}

/** Shows numbered lines of code; marked lines are highlighted, with a caret under the column and the message. */
export function CodeView(props: { label: string; lines: ReactNode[]; marks?: Map<number, LineMark> }) {
  const { label, lines, marks } = props;
  return (
    // Focusable: long lines scroll sideways, and keyboard users must be able to scroll them too.
    <div className="preview-code" role="group" aria-label={label} tabIndex={0}>
      {lines.map((content, index) => {
        const mark = marks?.get(index);
        return (
          <div
            key={index}
            className={mark ? `preview-code-line preview-code-line--${mark.severity}` : 'preview-code-line'}
          >
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
      })}
    </div>
  );
}
