import type { ReportExample } from '../../core/audience';
import type { OpenUser } from './open-user';
import { TEXT } from './strings';

/** A user from the report; a button that opens their preview when the report kept the user. */
export function ExampleButton(props: {
  example: Pick<ReportExample, 'userId' | 'line' | 'user'>;
  onOpen: OpenUser;
}) {
  const { userId, line, user } = props.example;
  const label = `${userId || '(empty user id)'} · line ${line}`;
  if (!user) return <span className="audience-example">{label}</span>;
  return (
    <button
      type="button"
      className="audience-link"
      aria-label={TEXT.openPreview(userId, line)}
      onClick={() => props.onOpen(user, TEXT.previewLabel(userId, line))}
    >
      {label}
    </button>
  );
}
