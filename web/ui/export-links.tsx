// Links to a finished copy of someone's information: the printable document, and the same copy as a JSON file.
import { useEffect, useState } from 'react';
import { exportDocumentHref, jsonDownloadUrl } from '../api/export-job.ts';
import { useT } from '../i18n/i18n.ts';
import { partWords as m } from './parts.messages.ts';

type ExportLinksProps = { id: string; content: unknown; documentLabel: string; fileName: string };

export function ExportLinks({ id, content, documentLabel, fileName }: ExportLinksProps) {
  const t = useT();
  const [jsonUrl, setJsonUrl] = useState<string | null>(null);
  useEffect(() => {
    const url = jsonDownloadUrl(content);
    setJsonUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [content]);

  return (
    <ul className="govuk-list umb-actions-list">
      <li>
        <a className="govuk-link" href={exportDocumentHref(id)}>
          {documentLabel}
        </a>
      </li>
      {jsonUrl ? (
        <li>
          <a className="govuk-link" href={jsonUrl} download={fileName}>
            {t(m.downloadJson)}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
