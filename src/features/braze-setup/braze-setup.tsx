import { memo } from 'react';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import './braze-setup.css';
import { CopyRow } from './copy-row';
import { SetupGuide } from './setup-guide';
import { toCurl } from './to-curl';
import { useClipboard } from './use-clipboard';
import '../../ui/card.css';

/**
 * "Copy into Braze": copy buttons for the template's URL, method, each header and the body, a guide to
 * where each piece goes in Braze (and the credential to create), and the rendered request as cURL.
 */
export const BrazeSetup = memo(function BrazeSetup(props: {
  template: BrazeTemplate;
  rendered: RenderedRequest | null;
  credentialName: string;
}) {
  const { template, rendered, credentialName } = props;
  const { copy, result } = useClipboard();
  const onCopy = (id: string, text: string, what: string) => void copy(id, text, what);
  const curl = rendered && !rendered.aborted ? toCurl(rendered) : null;

  return (
    <section className="ui-card braze-setup" aria-labelledby="braze-setup-title">
      <h2 id="braze-setup-title" className="braze-setup-title">
        Copy into Braze
      </h2>
      <p className="braze-setup-live" role="status" aria-live="polite">
        {result?.ok ? result.message : ''}
      </p>
      {result && !result.ok && (
        <p className="braze-setup-fallback" role="alert">
          {result.message}
        </p>
      )}

      <div className="braze-setup-rows">
        <CopyRow
          id="url"
          label="webhook URL"
          where="Compose › Webhook URL"
          value={template.url}
          result={result}
          onCopy={onCopy}
        />
        <CopyRow
          id="method"
          label="HTTP method"
          where="Settings › HTTP Method"
          value={template.method}
          result={result}
          onCopy={onCopy}
        />
        {template.headers.map((header, i) => (
          <div key={`${header.name}-${i}`} className="braze-setup-header-pair">
            <CopyRow
              id={`header-name-${i}`}
              label={`header name ${header.name}`}
              where="Settings › Request Headers › Key"
              value={header.name}
              result={result}
              onCopy={onCopy}
            />
            <CopyRow
              id={`header-value-${i}`}
              label={`${header.name} header value`}
              where="Settings › Request Headers › Value"
              value={header.value}
              result={result}
              onCopy={onCopy}
            />
          </div>
        ))}
        <CopyRow
          id="body"
          label="request body"
          where="Compose › Request Body › Raw text"
          value={template.body}
          multiline
          result={result}
          onCopy={onCopy}
        />
      </div>

      <h3 className="braze-setup-subtitle">Set up in Braze</h3>
      <SetupGuide credentialName={credentialName} />

      <h3 className="braze-setup-subtitle">Try it outside Braze</h3>
      {curl ? (
        <>
          <CopyRow
            id="curl"
            label="cURL command"
            copyLabel="Copy as cURL"
            where="The request rendered for the sample user"
            value={curl}
            multiline
            result={result}
            onCopy={onCopy}
          />
          {rendered && rendered.errors.length > 0 && (
            <p className="braze-setup-note braze-setup-note--warning">
              This request still has problems (see the preview): Rokt would probably reject it.
            </p>
          )}
          <p className="braze-setup-note">
            The Authorization header holds the preview placeholder token: replace it with a real Rokt access
            token before running the command.
          </p>
        </>
      ) : (
        <p className="braze-setup-note">
          {rendered?.aborted
            ? 'No cURL for this sample user: Braze would not send the request to them.'
            : 'The cURL command appears once the preview has rendered.'}
        </p>
      )}
    </section>
  );
});
