// Ten recovery codes, shown once: what they are for, how to keep them, and a button to print them.
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { authenticatorWords as m } from './authenticator.messages.ts';

export function RecoveryCodesView({ codes }: { codes: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby="recovery-codes-title">
      <h2 className="govuk-heading-m" id="recovery-codes-title">
        {t(m.codesTitle)}
      </h2>
      <p className="govuk-body">{t(m.codesIntro)}</p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t(m.warning)}</span>
          {t(m.onlyTime)}
        </strong>
      </div>
      <ol className="govuk-list govuk-list--number umb-recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Button type="button" secondary className="umb-no-print" onClick={() => window.print()}>
        {t(m.printCodes)}
      </Button>
    </section>
  );
}
