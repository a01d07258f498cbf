// "Who is it with?" and "Who else from the care team is coming?" (issue 17): the family's people and the care team as
// checkboxes, shared by arranging a visit and arranging a meeting, so both ask the same way (one component, not two copies).
import type { ReactNode } from 'react';
import type { WorkerAppointments } from '../../../shared/contracts/appointments.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { Checkboxes } from '../../ui/checkboxes.tsx';

type Props = {
  people: WorkerAppointments['people'];
  team: WorkerAppointments['team'];
  withPeople: string[];
  onWithPeople: (ids: string[]) => void;
  staff: string[];
  onStaff: (ids: string[]) => void;
  errors: Record<string, string>;
  /** The field ids (and names) of the two groups; the error summary links to them. */
  ids?: { with: string; staff: string };
  withLegend?: ReactNode;
  withHint?: ReactNode;
  staffLegend?: ReactNode;
  staffHint?: ReactNode;
};

export function WhoFields({
  people,
  team,
  withPeople,
  onWithPeople,
  staff,
  onStaff,
  errors,
  ids = { with: 'with', staff: 'staff' },
  withLegend = 'Who is it with?',
  withHint,
  staffLegend = 'Who else from the care team is coming? (optional)',
  staffHint = 'You are included as the person arranging it.',
}: Props) {
  return (
    <>
      <Checkboxes
        name={ids.with}
        legend={withLegend}
        hint={withHint}
        small
        groups={[{ options: people.map((p) => ({ value: p.personId, label: p.name })) }]}
        values={withPeople}
        onChange={onWithPeople}
        error={errors[ids.with]}
      />
      {team.length ? (
        <Checkboxes
          name={ids.staff}
          legend={staffLegend}
          hint={staffHint}
          small
          groups={[
            {
              options: team.map((m) => ({
                value: m.staffId,
                label: m.name,
                hint: `${CARE_TEAM_ROLES[m.roleKey].label}, ${m.organisation}`,
              })),
            },
          ]}
          values={staff}
          onChange={onStaff}
          error={errors[ids.staff]}
        />
      ) : null}
    </>
  );
}
