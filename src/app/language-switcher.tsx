import { useLingui } from '@lingui/react/macro';
import { memo, useState } from 'react';
import { LOCALE_NAMES, OFFERED_LOCALES, isAppLocale, switchLocale, useLocale } from '../ui/i18n';

/**
 * The header's language menu: switches the whole interface at once and remembers the choice. It takes no props,
 * so the screen re-rendering on a keystroke does not re-render it.
 */
export const LanguageSwitcher = memo(function LanguageSwitcher() {
  const { t } = useLingui();
  const { locale } = useLocale();
  const [failed, setFailed] = useState(false);
  if (OFFERED_LOCALES.length < 2) return null;
  return (
    <span className="app-language">
      <label htmlFor="app-language-select" className="visually-hidden">
        {t`Language`}
      </label>
      <select
        id="app-language-select"
        className="app-language-select"
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isAppLocale(next)) return;
          setFailed(false);
          switchLocale(next).catch(() => setFailed(true));
        }}
      >
        {OFFERED_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      {failed ? (
        <span role="alert" className="app-language-error">
          {t`The language could not be loaded. Check your connection and try again.`}
        </span>
      ) : null}
    </span>
  );
});
