import './theme.css';
import './layout.css';
import { Providers } from './providers';
import { Workspace } from './workspace';

/** The app shell: providers around the composer workspace. */
export function App() {
  return (
    <Providers>
      <Workspace />
    </Providers>
  );
}
