// The one-screen response to a request for help (issue 14 §2): acknowledge and say what will happen (for a worry,
// whether the parent is told), arrange a contact, or pass it to a colleague with a note. Each is one short form. The person
// asking reads what will happen and the note: words the respectful-language check finds are kept only on purpose
// (features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { CONTACT_WAY_WORDS, CONTACT_WAYS, type ContactWay, type WorryOutcome } from '../../../shared/domain/help.ts';
import { instantAt } from '../../../shared/domain/working-time.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, type DateParts, emptyDate, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { type KeepAsWrittenControl, KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import {
  acknowledgeRequest,
  arrangeContact,
  helpRequestQuery,
  helpRequestsQuery,
  passRequest,
  type WorkerHelpRequest,
} from './help.api.ts';

type Props = { familyId: string; data: WorkerHelpRequest; parentName: string; onDone: (message: string) => void };

/**
 * A mutation that puts the answer in the cache and reports field errors, shared by the three forms. The page's banner is
 * set here, before the cache changes: an answered request no longer shows its acknowledge form, and a callback given to
 * mutate() would never run once that form has gone.
 */
function useRespond<T>(
  props: Props,
  send: (body: T) => Promise<WorkerHelpRequest>,
  fallbackField: string,
  doneMessage: string,
  words?: KeepAsWrittenControl,
) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (view) => {
      setErrors({});
      words?.reset();
      props.onDone(doneMessage);
      queryClient.setQueryData(helpRequestQuery(props.familyId, view.request.id).queryKey, view);
      await queryClient.invalidateQueries({ queryKey: helpRequestsQuery(props.familyId).queryKey });
    },
    onError: (error) => {
      if (words?.refused(error)) return setErrors({});
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, fallbackField));
    },
  });
  return { mutation, errors, setErrors };
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="umb-section">
      <h3 className="govuk-heading-s" id={id}>
        {title}
      </h3>
      {children}
    </section>
  );
}

export function AcknowledgeForm(props: Props) {
  const { familyId, data, parentName } = props;
  const worry = data.request.kind === 'worry';
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<WorryOutcome | ''>('');
  const [reason, setReason] = useState('');
  const words = useKeepAsWritten({
    id: 'whatWillHappen',
    texts: [text],
    ids: { whatWillHappen: 'whatWillHappen' },
    fallbackId: 'whatWillHappen',
  });
  const { mutation, errors, setErrors } = useRespond(
    props,
    (keepAsWritten: KeepAsWritten) =>
      acknowledgeRequest(familyId, data.request.id, {
        whatWillHappen: text.trim(),
        worryOutcome: worry && outcome ? outcome : undefined,
        safeguardingReason: outcome === 'safeguarding' ? reason.trim() : undefined,
        keepAsWritten,
      }),
    'whatWillHappen',
    'You acknowledged it.',
    words,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (worry && !outcome) problems.worryOutcome = `Choose whether ${parentName} is told`;
    if (outcome === 'safeguarding' && !reason.trim()) problems.safeguardingReason = 'Write the safeguarding reason';
    if (!text.trim()) problems.whatWillHappen = 'Say what will happen next';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && reasonGiven) mutation.mutate(words.body());
  };
  return (
    <Part id="acknowledge-heading" title="Acknowledge">
      <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, ['worryOutcome', 'safeguardingReason', 'whatWillHappen'])]} />
      <form noValidate onSubmit={onSubmit}>
        {worry ? (
          <Radios
            name="worryOutcome"
            legend={`Will ${parentName} be told that ${data.request.askedBy} raised this worry?`}
            value={outcome}
            onChange={setOutcome}
            error={errors.worryOutcome}
            options={[
              { value: 'parent_told', label: `Yes, tell ${parentName} who raised it`, hint: 'This is usual.' },
              {
                value: 'safeguarding',
                label: 'No, for a safeguarding reason',
                hint: 'The information governance lead reviews this.',
                conditional: (
                  <TextArea
                    id="safeguardingReason"
                    label="The reason"
                    value={reason}
                    onValueChange={setReason}
                    error={errors.safeguardingReason}
                    rows={3}
                  />
                ),
              },
            ]}
          />
        ) : null}
        <TextArea
          id="whatWillHappen"
          label="What will happen next"
          hint={`${data.request.askedBy} will read this.`}
          rows={3}
          value={text}
          onValueChange={setText}
          error={errors.whatWillHappen ?? words.inline('whatWillHappen')}
          extraDescribedBy="whatWillHappen-words"
        />
        <WordsCheckHelp id="whatWillHappen-words" texts={[text]} reader={data.request.askedBy} />
        <KeepAsWrittenField control={words} />
        <Button busy={mutation.isPending}>Acknowledge</Button>
      </form>
    </Part>
  );
}

export function ContactForm(props: Props) {
  const { familyId, data } = props;
  const [day, setDay] = useState<DateParts>(emptyDate);
  const [time, setTime] = useState('');
  const [way, setWay] = useState<ContactWay | ''>('');
  const { mutation, errors, setErrors } = useRespond(
    props,
    (at: string) => arrangeContact(familyId, data.request.id, { at, way: way || 'call' }),
    'contactDay-day',
    'The contact is arranged.',
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = isoFromDateParts(day);
    const clock = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(time.trim());
    const problems: FieldErrors = {};
    if (!date) problems['contactDay-day'] = 'Enter the day, like 8 12 2026';
    if (!clock) problems.contactTime = 'Enter a time like 14:30';
    if (!way) problems.contactWay = 'Choose how you will be in touch';
    setErrors(problems);
    if (!date || !clock || !way) return;
    const at = instantAt(date, Number(clock[1]) * 60 + Number(clock[2]), 'Europe/London').toISOString();
    mutation.mutate(at);
  };
  return (
    <Part id="contact-heading" title="Arrange a contact">
      <ErrorSummary errors={toFormErrors(errors, ['contactDay-day', 'contactTime', 'contactWay'])} />
      <form noValidate onSubmit={onSubmit}>
        <DateInput id="contactDay" legend="Day" value={day} onChange={setDay} error={errors['contactDay-day']} />
        <TextField
          id="contactTime"
          label="Time"
          hint="For example, 14:30"
          widthClass="govuk-input--width-5"
          value={time}
          onValueChange={setTime}
          error={errors.contactTime}
        />
        <Radios
          name="contactWay"
          legend="How"
          small
          value={way}
          onChange={setWay}
          error={errors.contactWay}
          options={CONTACT_WAYS.map((w) => ({ value: w, label: CONTACT_WAY_WORDS[w] }))}
        />
        <Button busy={mutation.isPending}>Arrange contact</Button>
      </form>
    </Part>
  );
}

export function PassForm(props: Props) {
  const { familyId, data } = props;
  const [staffId, setStaffId] = useState('');
  const [note, setNote] = useState('');
  const words = useKeepAsWritten({ id: 'note', texts: [note], ids: { note: 'note' }, fallbackId: 'note' });
  const { mutation, errors, setErrors } = useRespond(
    props,
    (keepAsWritten: KeepAsWritten) => passRequest(familyId, data.request.id, { staffId, note: note.trim(), keepAsWritten }),
    'staffId',
    'You passed it to your colleague.',
    words,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!staffId) problems.staffId = 'Choose a colleague';
    if (!note.trim()) problems.note = 'Write a note for your colleague';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && reasonGiven) mutation.mutate(words.body());
  };
  return (
    <Part id="pass-heading" title="Pass to a colleague">
      <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, ['staffId', 'note'])]} />
      <form noValidate onSubmit={onSubmit}>
        <Select
          id="staffId"
          label="Colleague on the care team"
          placeholder="Choose a colleague"
          options={data.colleagues.map((c) => ({ value: c.staffId, label: `${c.name}, ${c.description}` }))}
          value={staffId}
          onValueChange={setStaffId}
          error={errors.staffId}
        />
        <TextArea
          id="note"
          label="Note for your colleague"
          hint={`${data.request.askedBy} can read this note too.`}
          rows={3}
          value={note}
          onValueChange={setNote}
          error={errors.note ?? words.inline('note')}
          extraDescribedBy="note-words"
        />
        <WordsCheckHelp id="note-words" texts={[note]} reader={data.request.askedBy} />
        <KeepAsWrittenField control={words} />
        <Button busy={mutation.isPending}>Pass to colleague</Button>
      </form>
    </Part>
  );
}
