import './theme.css';
import './layout.css';
import { useLocale } from '../ui/i18n';
import { Providers } from './providers';
import { Workspace } from './workspace';

/** The app shell: providers around the composer workspace. */
export function App() {
  return (
    <Providers>
      <InActiveLanguage />
    </Providers>
  );
}

/** Renders the workspace again when the language changes, so every text is read in the new language. */
function InActiveLanguage() {
  useLocale();
  return <Workspace />;
}
