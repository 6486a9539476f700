import { Trans } from '@lingui/react/macro';

/** Step-by-step: where each piece of the template goes in Braze, and the credential to create first. */
export function SetupGuide(props: { credentialName: string }) {
  const name = props.credentialName;
  return (
    <ol className="braze-setup-steps">
      <li>
        <Trans>
          <strong>Create the credential once.</strong> In Braze go to <em>Settings › Connected Content</em>,
          add a credential named exactly <code>{name}</code> (the name the template uses), with your Rokt
          Calendar <em>client id</em> as the username and the <em>client secret</em> as the password.
        </Trans>
      </li>
      <li>
        <Trans>
          Open <em>Templates › Webhook Templates</em> and create a webhook template (or start a Webhook
          campaign or a Canvas webhook step).
        </Trans>
      </li>
      <li>
        <Trans>
          <strong>Compose tab:</strong> paste the <em>Webhook URL</em>; set <em>Request Body</em> to{' '}
          <em>Raw text</em> and paste the body.
        </Trans>
      </li>
      <li>
        <Trans>
          <strong>Settings tab:</strong> set <em>HTTP Method</em> to <code>POST</code> and add each{' '}
          <em>Request Header</em> as a key/value pair.
        </Trans>
      </li>
      <li>
        <Trans>
          Check it on the <em>Test</em> tab with a custom user, then <strong>save the template</strong>:
          campaigns already built from an older version do not change.
        </Trans>
      </li>
    </ol>
  );
}
