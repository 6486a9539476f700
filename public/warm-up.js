// Loads Intl's locale and zone data while the app downloads, not in the form's first render (see index.html).
try {
  Intl.DateTimeFormat().resolvedOptions();
} catch {
  // Only a slower first render without it.
}
