import { formatNumber } from '../../ui/i18n';
import type { DryRunReport } from '../../core/audience';
import { TEXT } from './strings';

/** Requests per account code, shared event ids and unreadable lines. */
export function AudienceFacts(props: { report: DryRunReport }) {
  const { requestsPerAccount, requestsToOtherAccounts, duplicates, malformed } = props.report;
  const n = (v: number) => formatNumber(v);
  return (
    <>
      <section className="audience-section" aria-labelledby="audience-accounts-title">
        <h3 id="audience-accounts-title">{TEXT.accountsTitle}</h3>
        <table className="audience-table">
          <thead>
            <tr>
              <th scope="col">{TEXT.accountCode}</th>
              <th scope="col">{TEXT.requests}</th>
            </tr>
          </thead>
          <tbody>
            {requestsPerAccount.slice(0, 50).map((a) => (
              <tr key={a.accountCode}>
                <td>{a.accountCode || TEXT.emptyAccount}</td>
                <td>{n(a.requests)}</td>
              </tr>
            ))}
            {requestsToOtherAccounts > 0 && (
              <tr>
                <td>{TEXT.otherAccounts}</td>
                <td>{n(requestsToOtherAccounts)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <section className="audience-section" aria-labelledby="audience-dup-title">
        <h3 id="audience-dup-title">{TEXT.duplicatesTitle}</h3>
        {duplicates.users === 0 ? (
          <p>{TEXT.noDuplicates}</p>
        ) : (
          <>
            <p>{TEXT.duplicates(n(duplicates.users), n(duplicates.eventIds))}</p>
            <ul className="audience-list">
              {duplicates.examples.slice(0, 10).map((d) => (
                <li key={d.eventId}>
                  <code>{d.eventId}</code> {TEXT.sharedBy(n(d.users), d.lines.join(', '))}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {malformed.count > 0 && (
        <section className="audience-section" aria-labelledby="audience-bad-title">
          <h3 id="audience-bad-title">{TEXT.malformedTitle}</h3>
          <ul className="audience-list">
            {malformed.examples.slice(0, 20).map((m) => (
              <li key={`${m.file ?? ''}${m.line}`}>{TEXT.malformedLine(m.line, m.file, m.message)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
