import { Trans, useLingui } from '@lingui/react/macro';
import { memo, useState } from 'react';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import './braze-setup.css';
import { CopyBlockedNotice, type CopyBlock } from './copy-blocked';
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
  /** Set while the template has an error: copying waits for the fix or an explicit "Copy anyway". */
  blocked?: CopyBlock | null;
}) {
  const { template, rendered, credentialName, blocked } = props;
  const { t } = useLingui();
  const { copy, result } = useClipboard();
  // "Copy anyway" holds for the problem it was given for; a different problem blocks again.
  const [unlockedFor, setUnlockedFor] = useState<string | null>(null);
  const unlocked = blocked != null && unlockedFor === blocked.text;
  const disabled = blocked != null && !unlocked;
  const onCopy = (id: string, text: string, what: string) => {
    if (!disabled) void copy(id, text, what);
  };
  const rowProps = { result, onCopy, disabled };
  const curl = rendered && !rendered.aborted ? toCurl(rendered) : null;

  return (
    <section className="ui-card braze-setup" aria-labelledby="braze-setup-title">
      <h2 id="braze-setup-title" className="braze-setup-title">
        <Trans>Copy into Braze</Trans>
      </h2>
      <p className="braze-setup-live" role="status" aria-live="polite">
        {result?.ok ? result.message : ''}
      </p>
      {result && !result.ok && (
        <p className="braze-setup-fallback" role="alert">
          {result.message}
        </p>
      )}

      {blocked && (
        <CopyBlockedNotice
          block={blocked}
          unlocked={unlocked}
          onUnlock={() => setUnlockedFor(blocked.text)}
        />
      )}

      <div className="braze-setup-rows">
        <CopyRow
          id="url"
          label={t`webhook URL`}
          where={t`Compose › Webhook URL`}
          value={template.url}
          {...rowProps}
        />
        <CopyRow
          id="method"
          label={t`HTTP method`}
          where={t`Settings › HTTP Method`}
          value={template.method}
          {...rowProps}
        />
        {template.headers.map((header, i) => (
          <div key={`${header.name}-${i}`} className="braze-setup-header-pair">
            <CopyRow
              id={`header-name-${i}`}
              label={t`header name ${header.name}`}
              where={t`Settings › Request Headers › Key`}
              value={header.name}
              {...rowProps}
            />
            <CopyRow
              id={`header-value-${i}`}
              label={t`${header.name} header value`}
              where={t`Settings › Request Headers › Value`}
              value={header.value}
              {...rowProps}
            />
          </div>
        ))}
        <CopyRow
          id="body"
          label={t`request body`}
          where={t`Compose › Request Body › Raw text`}
          value={template.body}
          multiline
          {...rowProps}
        />
      </div>

      <h3 className="braze-setup-subtitle">
        <Trans>Set up in Braze</Trans>
      </h3>
      <SetupGuide credentialName={credentialName} />

      <h3 className="braze-setup-subtitle">
        <Trans>Try it outside Braze</Trans>
      </h3>
      {curl ? (
        <>
          <CopyRow
            id="curl"
            label={t`cURL command`}
            copyLabel={t`Copy as cURL`}
            where={t`The request rendered for the sample user`}
            value={curl}
            multiline
            {...rowProps}
          />
          {rendered && rendered.errors.length > 0 && (
            <p className="braze-setup-note braze-setup-note--warning">
              <Trans>This request still has problems (see the preview): Rokt would probably reject it.</Trans>
            </p>
          )}
          <p className="braze-setup-note">
            <Trans>
              The Authorization header holds the preview placeholder token: replace it with a real Rokt access
              token before running the command.
            </Trans>
          </p>
        </>
      ) : (
        <p className="braze-setup-note">
          {rendered?.aborted
            ? t`No cURL for this sample user: Braze would not send the request to them.`
            : t`The cURL command appears once the preview has rendered.`}
        </p>
      )}
    </section>
  );
});
