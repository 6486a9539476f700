import { memo } from 'react';
import { loadLater } from '../../ui/load-later';
import type { SampleUsersApi } from './use-sample-users';
import '../../ui/card.css';
import './sample-users.css';

const usePanel = loadLater(() => import('./sample-user-panel'));

/**
 * The sample user panel, with its editor loaded after the first paint (index.html preloads it): until then
 * a card with the chosen user's name holds its place.
 */
export const SampleUserPanel = memo(function SampleUserPanel(props: SampleUsersApi) {
  const panel = usePanel();
  if (panel) return <panel.SampleUserPanel {...props} />;
  return (
    <section className="ui-card sample-users" aria-busy="true" aria-label="Sample user">
      <h2 className="sample-users-title">Sample user</h2>
      <p className="sample-users-subtitle">{props.selected.name}</p>
    </section>
  );
});
