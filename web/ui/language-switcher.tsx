// The choice of language on every family page and on sign-in (issue 16 §3): each language in its own name and script,
// one tap to switch; the page changes in place, and the choice is remembered on this device and in the person's account.
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { setLocale, useT } from '../i18n/i18n.ts';
import { frame } from './frame.messages.ts';

/** Called after a switch, e.g. to save the choice in the signed-in person's account. */
let afterSwitch: ((locale: Locale) => void) | undefined;
export function onLanguageChosen(callback: ((locale: Locale) => void) | undefined) {
  afterSwitch = callback;
}

export function LanguageSwitcher() {
  const t = useT();
  return (
    <nav className="umb-language" aria-label={t(frame.language)}>
      <div className="govuk-width-container">
        <ul className="umb-language__list">
          {LOCALES.map((locale) => {
            const info = LOCALE_INFO[locale];
            const current = locale === t.locale;
            return (
              <li key={locale} className="umb-language__item">
                {current ? (
                  <span className="umb-language__current" lang={locale} dir={info.dir} aria-current="true">
                    {info.own}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="umb-language__link"
                    lang={locale}
                    dir={info.dir}
                    onClick={() => {
                      void setLocale(locale).then(() => afterSwitch?.(locale));
                    }}
                  >
                    {info.own}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
