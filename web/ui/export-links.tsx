// Links to a finished copy of someone's information: the printable document, and the same copy as a JSON file.
import { useEffect, useState } from 'react';
import { exportDocumentHref, jsonDownloadUrl } from '../api/export-job.ts';

type ExportLinksProps = { id: string; content: unknown; documentLabel: string; fileName: string };

export function ExportLinks({ id, content, documentLabel, fileName }: ExportLinksProps) {
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
            Download as data (JSON)
          </a>
        </li>
      ) : null}
    </ul>
  );
}
