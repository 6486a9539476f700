import { memo, useEffect, useState } from 'react';
import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import './preview.css';
import './all-users-check.css';
import { isAbortError } from './renderer';
import { usePreviewRenderer } from './renderer-context';
import { useSettled } from './use-settled';
import '../../ui/card.css';

/** The table waits until typing pauses: it is a summary, the live preview has priority. */
const SETTLE_MS = 150;

type Outcome =
  | { kind: 'ok'; warnings: number; firstWarning?: string }
  | { kind: 'fail'; sentence: string }
  | { kind: 'aborted'; sentence: string };

/** Sorts one rendering into OK / would fail / aborted with the sentence to show. */
function outcomeOf(rendered: RenderedRequest): Outcome {
  if (rendered.aborted) return { kind: 'aborted', sentence: rendered.aborted.reason };
  const first = rendered.errors[0];
  if (first) return { kind: 'fail', sentence: first.message };
  return { kind: 'ok', warnings: rendered.warnings.length, firstWarning: rendered.warnings[0]?.message };
}

const LABEL = { ok: 'OK', fail: 'Would fail', aborted: 'Not sent (aborted)' } as const;

/** The "Why" cell of an accepted rendering: the first warning in full (and how many more), or that Rokt accepts it. */
function okSentence(outcome: Extract<Outcome, { kind: 'ok' }>): string {
  if (!outcome.firstWarning) return 'Rokt would accept it.';
  const more = outcome.warnings - 1;
  return `Warning: ${outcome.firstWarning}${more > 0 ? ` (and ${more} more warning${more === 1 ? '' : 's'})` : ''}`;
}

/** Renders the template for every sample user at once and shows, per user, whether Rokt would accept it. */
export const AllUsersCheck = memo(function AllUsersCheck(props: {
  template: BrazeTemplate;
  users: { id: string; name: string; user: SampleUser }[];
}) {
  const { users } = props;
  const template = useSettled(props.template, SETTLE_MS);
  const renderer = usePreviewRenderer();
  const [results, setResults] = useState<{ template: BrazeTemplate; byId: Record<string, Outcome> } | null>(
    null,
  );

  useEffect(() => {
    const controller = new AbortController();
    const rendered = users.map(({ id, user }) =>
      renderer.render(template, user, { signal: controller.signal, background: true }).then(
        (request): [string, Outcome] => [id, outcomeOf(request)],
        (error: unknown): [string, Outcome] | null =>
          isAbortError(error)
            ? null
            : [id, { kind: 'fail', sentence: error instanceof Error ? error.message : String(error) }],
      ),
    );
    void Promise.all(rendered).then((pairs) => {
      if (controller.signal.aborted) return;
      setResults({ template, byId: Object.fromEntries(pairs.filter((p) => p !== null)) });
    });
    return () => controller.abort();
  }, [renderer, template, users]);

  const fresh = results?.template === props.template;
  return (
    <section className="ui-card preview-all" aria-labelledby="preview-all-title" aria-busy={!fresh}>
      <h2 id="preview-all-title" className="preview-all-title">
        Every sample user
      </h2>
      <table className="preview-all-table">
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Result</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {users.map(({ id, name }) => {
            const outcome = results?.byId[id];
            return (
              <tr key={id}>
                <th scope="row">{name}</th>
                <td>
                  {outcome ? (
                    <span className={`preview-all-result preview-all-result--${outcome.kind}`}>
                      {LABEL[outcome.kind]}
                    </span>
                  ) : (
                    <span className="preview-all-result">Checking…</span>
                  )}
                </td>
                <td className="preview-all-why">
                  {outcome?.kind === 'ok' ? okSentence(outcome) : (outcome?.sentence ?? '')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
