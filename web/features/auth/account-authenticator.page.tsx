// "Your account" → adding an authenticator app later (family members who skipped it at welcome): the welcome's own
// set-up step, started with the person's password, then their ten recovery codes, shown once.
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { usePageTitle } from '../../ui/page-title.ts';
import { accountSettingsQuery, confirmOwnAuthenticator, startOwnAuthenticator } from './accounts.api.ts';
import { AuthenticatorStep } from './authenticator.step.tsx';
import { RecoveryCodesView } from './recovery-codes.view.tsx';

export function AccountAuthenticatorPage() {
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <SetUp codes={codes} />;
  return (
    <>
      <Link to="/account" className="govuk-back-link">
        Back to your account
      </Link>
      <AuthenticatorStep
        required={false}
        askPassword
        start={startOwnAuthenticator}
        confirm={confirmOwnAuthenticator}
        onDone={(recoveryCodes) => {
          setCodes(recoveryCodes);
          void queryClient.invalidateQueries({ queryKey: accountSettingsQuery.queryKey });
        }}
      />
    </>
  );
}

function SetUp({ codes }: { codes: string[] }) {
  usePageTitle('Your authenticator app is set up');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your authenticator app is set up</h1>
        <p className="govuk-body">From now on, when you sign in, Umbrella asks for your password and then a code from the app.</p>
        <RecoveryCodesView codes={codes} />
        <p className="govuk-body">
          <Link to="/account" className="govuk-link">
            Back to your account
          </Link>
        </p>
      </div>
    </div>
  );
}
