import { Trans, useLingui } from '@lingui/react/macro';
import type { RenderedRequest } from '../../core/template';
import { ProxyError } from './api';
import { SandboxEvents } from './sandbox-events';
import { SendResultView } from './send-result';
import { useTestSend } from './use-test-send';
import './test-send.css';

/**
 * The Send test panel: server mode, the Send button (blocked with a reason), Rokt's answer and the sandbox's
 * events. While `rendering` (the preview is catching up with the latest edit) the button waits, so a click
 * right after typing never sends the request of the text before it.
 */
export function TestSendPanel(props: {
  request: RenderedRequest | null;
  blockedReason: string | null;
  rendering?: boolean;
}) {
  const { request, blockedReason, rendering = false } = props;
  const { t } = useLingui();
  const { health, events, send, sendOnce, clear } = useTestSend();
  const mode = health.data?.mode;
  const modeText = {
    sandbox: t`Sandbox: tests go to a built-in imitation of Rokt on this server; nothing reaches real calendars.`,
    live: t`Live: tests go to the real Rokt API with the server’s credentials and reach real subscribers.`,
  };
  const modeName = { sandbox: t`sandbox`, live: t`live` };
  const reason = blockedReason ?? (request ? null : t`The preview is not ready yet.`);
  const disabled = reason !== null || send.isPending || rendering;
  const error = send.error instanceof ProxyError ? send.error : null;

  return (
    <section className="test-send" aria-labelledby="test-send-heading">
      <h2 id="test-send-heading">
        <Trans>Send test</Trans>
      </h2>
      <p className="test-send-mode" aria-live="polite">
        {health.isPending && t`Checking the server…`}
        {health.isError && t`The server's mode is unknown: ${health.error.message}`}
        {mode && (
          <>
            <span className={`test-send-badge test-send-badge-${mode}`}>{modeName[mode]}</span>{' '}
            {modeText[mode]}
          </>
        )}
      </p>
      <div className="test-send-actions">
        <button
          type="button"
          className="test-send-button"
          disabled={disabled}
          aria-busy={rendering}
          aria-describedby={reason ? 'test-send-reason' : undefined}
          onClick={() => request && sendOnce({ url: request.url, body: request.body })}
        >
          {send.isPending ? t`Sending…` : t`Send test`}
        </button>
        {reason && (
          <p id="test-send-reason" className="test-send-muted">
            {reason}
          </p>
        )}
      </div>
      <div className="test-send-outcome" role="status" aria-live="polite" aria-busy={send.isPending}>
        {send.isPending && (
          <p className="test-send-progress">
            {mode === 'live' ? t`Sending the test to Rokt…` : t`Sending the test to the sandbox…`}
          </p>
        )}
        {send.isError && (
          <div className="test-send-error">
            <p>{send.error.message}</p>
            {error && error.details.length > 0 && (
              <ul>
                {error.details.map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {send.isSuccess && <SendResultView result={send.data} mode={mode} />}
      </div>
      {mode === 'sandbox' && <SandboxEvents events={events} clear={clear} />}
    </section>
  );
}
