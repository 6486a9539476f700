/** Step-by-step: where each piece of the template goes in Braze, and the credential to create first. */
export function SetupGuide(props: { credentialName: string }) {
  return (
    <ol className="braze-setup-steps">
      <li>
        <strong>Create the credential once.</strong> In Braze go to <em>Settings › Connected Content</em>, add
        a credential named exactly <code>{props.credentialName}</code> (the name the template uses), with your
        Rokt Calendar <em>client id</em> as the username and the <em>client secret</em> as the password.
      </li>
      <li>
        Open <em>Templates › Webhook Templates</em> and create a webhook template (or start a Webhook campaign
        or a Canvas webhook step).
      </li>
      <li>
        <strong>Compose tab:</strong> paste the <em>Webhook URL</em>; set <em>Request Body</em> to{' '}
        <em>Raw text</em> and paste the body.
      </li>
      <li>
        <strong>Settings tab:</strong> set <em>HTTP Method</em> to <code>POST</code> and add each{' '}
        <em>Request Header</em> as a key/value pair.
      </li>
      <li>
        Check it on the <em>Test</em> tab with a custom user, then <strong>save the template</strong>:
        campaigns already built from an older version do not change.
      </li>
    </ol>
  );
}
