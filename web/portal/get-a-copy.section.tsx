// "Get a copy of everything we hold about you": ask for it, wait while it is made, then open it to print or download it as data.
import { type ReactElement, type ReactNode, useEffect, useId } from 'react';
import { type ExportJob, useExportJob } from '../api/export-job.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { ExportLinks } from '../ui/export-links.tsx';
import { focusElement } from '../ui/focus.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { sharingLog as m } from './shares-log.messages.ts';
import { askForMyCopy } from './sharing.api.ts';

/** What the server said beyond the page's own sentence: its English marked as English (issue 16 §3). */
function failureText(job: Extract<ExportJob, { state: 'failed' }>): string | ReactElement {
  if (!job.message) return '';
  if (job.english)
    return (
      <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
        {job.message}
      </Written>
    );
  return <ErrorText text={job.message} />;
}

/** Text a screen reader hears but the page does not show. */
const hidden = (text: ReactNode[]) => <span className="govuk-visually-hidden">{text}</span>;

export function GetACopySection() {
  const t = useT();
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
        {t(m.copyHeading)}
      </h2>
      <p className="govuk-body">{t(m.copyIntro)}</p>
      <div aria-live="polite" className="umb-copy-status">
        {busy ? <p className="govuk-body">{t(m.making)}</p> : null}
        {job.state === 'slow' ? <p className="govuk-body">{t(m.slow)}</p> : null}
      </div>
      {job.state === 'ready' ? (
        <div id={statusId}>
          <p className="govuk-body govuk-!-font-weight-bold">{t(m.ready)}</p>
          <ExportLinks id={job.id} content={job.content} documentLabel={t(m.openCopy)} fileName="my-information-from-umbrella.json" />
        </div>
      ) : null}
      {job.state === 'failed' ? (
        <p className="govuk-error-message" id={statusId} role="alert">
          {t.rich(m.couldNotMake, { message: failureText(job), hidden })}
        </p>
      ) : null}
      {job.state === 'slow' ? (
        <Button type="button" secondary onClick={checkAgain}>
          {t(m.checkAgain)}
        </Button>
      ) : job.state !== 'ready' ? (
        <Button type="button" busy={busy} onClick={() => void run()}>
          {t(m.askForCopy)}
        </Button>
      ) : null}
    </section>
  );
}
