// One save on a meeting's page (issue 17 §2): the page takes the server's answer at once; a 409 puts the meeting as it is
// now on the page (the form keeps what the worker typed and says what changed); refused words are the form's to show.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { conflictCurrent } from '../../ui/conflict.ts';
import { fieldErrorsFromFailure } from '../../ui/form-errors.ts';
import type { KeepAsWrittenControl } from '../words/keep-as-written.tsx';
import { meetingQuery, type WorkerMeeting } from './meetings.api.ts';

export const CHANGED =
  'Someone changed this meeting while you were writing. The page now shows what they saved. Your words are still in the box: check them, then save again.';

type Options<T> = {
  familyId: string;
  meetingId: string;
  send: (body: T, key: string) => Promise<WorkerMeeting>;
  /** The field a message without a field goes to. */
  fallbackId: string;
  /** Server field names → ids of the inputs that show them. */
  ids?: Record<string, string>;
  words?: KeepAsWrittenControl;
  onSaved?: (meeting: WorkerMeeting) => void;
};

/**
 * The mutation, the form's errors by input id, and whether the last try met someone else's change. `send` gets an
 * idempotency key that stays the same while the same body is sent again (used by the POSTs that create something).
 */
export function useMeetingChange<T>({ familyId, meetingId, send, fallbackId, ids = {}, words, onSaved }: Options<T>) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const sent = useRef<{ body: string; key: string } | null>(null);
  const key = meetingQuery(familyId, meetingId).queryKey;

  const mutation = useMutation({
    mutationFn: (body: T) => {
      const text = JSON.stringify(body);
      if (sent.current?.body !== text) sent.current = { body: text, key: crypto.randomUUID() };
      return send(body, sent.current.key);
    },
    onSuccess: (meeting) => {
      sent.current = null;
      setErrors({});
      setConflict(false);
      words?.reset();
      queryClient.setQueryData(key, meeting);
      onSaved?.(meeting);
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (words?.refused(error)) return setErrors({});
      const current = conflictCurrent<WorkerMeeting>(error);
      if (current) {
        queryClient.setQueryData(key, current);
        setConflict(true);
        setErrors({});
        return;
      }
      if (isApiError(error) && error.code === 'idempotency_key_reused') sent.current = null;
      if (isApiError(error) && error.status === 409) {
        // A 409 without the meeting: read it again, and say so.
        await queryClient.invalidateQueries({ queryKey: key });
        setConflict(true);
        return;
      }
      const fields = fieldErrorsFromFailure(error, fallbackId);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [ids[k] ?? k, v])));
    },
  });
  return { mutation, errors, setErrors, conflict, busy: mutation.isPending };
}
