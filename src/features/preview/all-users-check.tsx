import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useLocale } from '../../ui/i18n';
import { memo, useEffect, useState } from 'react';
import type { Issue } from '../../core/issues';
import { issueText } from '../../ui/issue-text';
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
  | { kind: 'ok'; warnings: number; firstWarning?: Issue }
  | { kind: 'fail'; issue: Issue }
  | { kind: 'fail'; sentence: string }
  | { kind: 'aborted'; sentence: string };

/** Sorts one rendering into OK / would fail / aborted with the sentence to show. */
function outcomeOf(rendered: RenderedRequest): Outcome {
  if (rendered.aborted) return { kind: 'aborted', sentence: rendered.aborted.reason };
  const first = rendered.errors[0];
  if (first) return { kind: 'fail', issue: first };
  return { kind: 'ok', warnings: rendered.warnings.length, firstWarning: rendered.warnings[0] };
}

/** An outcome's name in the active language. */
function label(kind: Outcome['kind']): string {
  if (kind === 'ok') return t`OK`;
  return kind === 'fail' ? t`Would fail` : t`Not sent (aborted)`;
}

/** The "Why" cell: the first warning in full (and how many more), the problem, or that Rokt accepts it. */
function whySentence(outcome: Outcome): string {
  if (outcome.kind !== 'ok') return 'issue' in outcome ? issueText(outcome.issue) : outcome.sentence;
  if (!outcome.firstWarning) return t`Rokt would accept it.`;
  const warning = issueText(outcome.firstWarning);
  const more = outcome.warnings - 1;
  return more > 0
    ? t`Warning: ${warning} (and ${plural(more, { one: '# more warning', other: '# more warnings' })})`
    : t`Warning: ${warning}`;
}

/** Renders the template for every sample user at once and shows, per user, whether Rokt would accept it. */
export const AllUsersCheck = memo(function AllUsersCheck(props: {
  template: BrazeTemplate;
  users: { id: string; name: string; user: SampleUser }[];
}) {
  const { users } = props;
  // Its sentences are worded in the active language: drawn again on a switch.
  useLocale();
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
        <Trans>Every sample user</Trans>
      </h2>
      <table className="preview-all-table">
        <thead>
          <tr>
            <th scope="col">
              <Trans>User</Trans>
            </th>
            <th scope="col">
              <Trans>Result</Trans>
            </th>
            <th scope="col">
              <Trans>Why</Trans>
            </th>
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
                      {label(outcome.kind)}
                    </span>
                  ) : (
                    <span className="preview-all-result">{t`Checking…`}</span>
                  )}
                </td>
                <td className="preview-all-why">{outcome ? whySentence(outcome) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
