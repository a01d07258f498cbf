// One answer to one appointment from the parent's phone (choose, suggest, cancel): the calendar takes the server's answer
// at once; a 409 shows the appointment as it is now and keeps what she typed; other failures in her language.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { conflictCurrent } from '../../ui/conflict.ts';
import { calendarQuery, type FamilyAppointment, type PortalCalendar, withAppointment } from './calendar.api.ts';
import { calendarPage as m } from './calendar.messages.ts';

/** What to tell her after a failure: a line above the form (the form keeps her words), and the fields the server named. */
export type ChangeProblem = { notice: string; fields: Record<string, string> };

export function useAppointmentChange<T>(send: (body: T) => Promise<FamilyAppointment>, onDone: (answer: FamilyAppointment) => void) {
  const t = useT();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ChangeProblem | null>(null);

  const put = (answer: FamilyAppointment) =>
    queryClient.setQueryData<PortalCalendar>(calendarQuery.queryKey, (calendar) =>
      calendar ? withAppointment(calendar, answer) : calendar,
    );

  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (answer) => {
      setProblem(null);
      put(answer);
      onDone(answer);
      await queryClient.invalidateQueries({ queryKey: calendarQuery.queryKey });
    },
    onError: async (error) => {
      // Signed out: the session-ended handler takes over.
      if (isApiError(error) && error.status === 401) return;
      const current = conflictCurrent<FamilyAppointment>(error);
      if (current) {
        put(current);
        setProblem({ notice: t(m.changedWhileLooking), fields: {} });
        return;
      }
      if (isApiError(error) && error.status === 409) {
        setProblem({ notice: t(m.alreadyClosed), fields: {} });
        await queryClient.invalidateQueries({ queryKey: calendarQuery.queryKey });
        return;
      }
      // The server's field messages are English: the form words the fields it names in her language (see the forms).
      const fields = isApiError(error) && error.status === 400 ? error.fields : {};
      setProblem({ notice: Object.keys(fields).length > 0 ? '' : t(m.couldNotSend), fields });
    },
  });

  return { mutation, problem, setProblem };
}
