// Ten recovery codes, shown once: what they are for, how to keep them, and a button to print them.
import { Button } from '../../ui/button.tsx';

export function RecoveryCodesView({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-title">
      <h2 className="govuk-heading-m" id="recovery-codes-title">
        Your recovery codes
      </h2>
      <p className="govuk-body">
        If you lose your phone or cannot use your authenticator app, you can sign in with one of these codes instead. Each code works once.
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          This is the only time Umbrella shows these codes. Print them or write them down now, and keep them somewhere safe, away from your
          phone.
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
        Print these codes
      </Button>
    </section>
  );
}
