// Loads Intl's data early: see index.html.
try {
  Intl.DateTimeFormat().resolvedOptions();
  new Intl.PluralRules().select(Intl.NumberFormat().format(1));
} catch {
  // Only a slower first render without it.
}
