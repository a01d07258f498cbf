// "Get a copy of everything we hold about you": ask for it, wait while it is made, then open it to print or download it as data.
import { useEffect, useId } from 'react';
import { useExportJob } from '../api/export-job.ts';
import { Button } from '../ui/button.tsx';
import { ExportLinks } from '../ui/export-links.tsx';
import { focusElement } from '../ui/focus.ts';
import { askForMyCopy } from './sharing.api.ts';

export function GetACopySection() {
  const { job, run, checkAgain } = useExportJob(askForMyCopy);
  const statusId = useId();
  const busy = job.state === 'starting' || job.state === 'pending';

  // When the copy is ready (or could not be made), move there so the links are found straight away.
  useEffect(() => {
    if (job.state === 'ready' || job.state === 'failed') focusElement(document.getElementById(statusId), false);
  }, [job.state, statusId]);

  return (
    <section aria-labelledby="copy-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="copy-heading">
        Get a copy of everything we hold about you
      </h2>
      <p className="govuk-body">
        You have the right to a copy of the information Umbrella holds about you. You can print it or keep it. It shows what was written
        about you, your own words, and who your information was shared with.
      </p>
      <div aria-live="polite" className="umb-copy-status">
        {busy ? <p className="govuk-body">We are making your copy. This can take up to a minute. You can stay on this page.</p> : null}
        {job.state === 'slow' ? <p className="govuk-body">Your copy is taking longer than usual. Check again in a few minutes.</p> : null}
      </div>
      {job.state === 'ready' ? (
        <div id={statusId}>
          <p className="govuk-body govuk-!-font-weight-bold">Your copy is ready.</p>
          <ExportLinks
            id={job.id}
            content={job.content}
            documentLabel="Open your copy (printable)"
            fileName="my-information-from-umbrella.json"
          />
        </div>
      ) : null}
      {job.state === 'failed' ? (
        <p className="govuk-error-message" id={statusId} role="alert">
          <span className="govuk-visually-hidden">Error:</span> We could not make your copy. {job.message}
        </p>
      ) : null}
      {job.state === 'slow' ? (
        <Button type="button" secondary onClick={checkAgain}>
          Check again
        </Button>
      ) : job.state !== 'ready' ? (
        <Button type="button" busy={busy} onClick={() => void run()}>
          Ask for a copy
        </Button>
      ) : null}
    </section>
  );
}
