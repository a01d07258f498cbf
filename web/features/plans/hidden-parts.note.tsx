// Says plainly when parts of a plan were kept from this professional by their category (the server counts them): what is
// shown is what their agency may read and act on, not the whole plan.
export function HiddenPartsNote({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <div className="govuk-inset-text umb-hidden-parts">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        Some parts of this plan are not shared with your agency.
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        {count === 1 ? 'One part is' : `${count} parts are`} about information your agency reads only with the family’s consent, or when it
        is shared to keep someone safe.
      </p>
    </div>
  );
}
