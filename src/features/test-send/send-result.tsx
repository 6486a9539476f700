import { Trans, useLingui } from '@lingui/react/macro';
import type { SendResult } from './api';
import { formatDuration, isSuccess, prettyBody, statusLine } from './result-text';
import { sandboxAnswerText } from './server-error-text';

/** Rokt's answer to one test send: status line, body, time taken and whether the token came from the cache. */
export function SendResultView(props: { result: SendResult; mode: 'sandbox' | 'live' | undefined }) {
  const { result, mode } = props;
  const { t } = useLingui();
  const ok = isSuccess(result.upstream.status);
  const body = prettyBody(result.upstream.body);
  // The sandbox's refusal worded in the active language (real Rokt's answers are shown as Rokt wrote them).
  const refusal = mode === 'sandbox' && !ok ? sandboxAnswerText(result.upstream.body) : null;
  return (
    <div className="test-send-result">
      <p className={ok ? 'test-send-status test-send-ok' : 'test-send-status test-send-bad'}>
        {statusLine(result.upstream.status, mode)}
      </p>
      <dl className="test-send-facts">
        <dt>
          <Trans>Time taken</Trans>
        </dt>
        <dd>{formatDuration(result.durationMs)}</dd>
        <dt>
          <Trans>Access token</Trans>
        </dt>
        <dd>{result.token.cached ? t`reused from the cache` : t`freshly requested`}</dd>
      </dl>
      {refusal && (
        <div className="test-send-error">
          <p>{refusal.text}</p>
          {refusal.details.length > 0 && (
            <ul>
              {refusal.details.map((detail, i) => (
                <li key={i}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="test-send-label" id="test-send-body-label">
        {body.json ? t`Response body (JSON)` : t`Response body`}
      </p>
      <pre className="test-send-body" tabIndex={0} aria-labelledby="test-send-body-label">
        {body.text}
      </pre>
    </div>
  );
}
