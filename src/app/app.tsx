/** The app shell: header, the composer and the preview side by side. */
export function App() {
  return (
    <main>
      <h1>Rokt Calendar Composer</h1>
    </main>
  );
}
