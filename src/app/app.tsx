import './theme.css';
import './layout.css';
import { Providers } from './providers';


/** The app shell: providers around the composer workspace. */
export function App() {
  return (
    <Providers>
      <main><h1>Rokt Calendar Composer</h1></main>
    </Providers>
  );
}
