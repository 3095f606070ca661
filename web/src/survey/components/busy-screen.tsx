/** The first instant, before even the language is known: a spinner, and nothing to read. */
export function BusyScreen({ label }: { label?: string }) {
  return (
    <div className="participant-busy" role="status" aria-busy="true" aria-label={label} data-testid="participant-busy">
      <span className="participant-spinner" aria-hidden="true" />
      {label && <span>{label}</span>}
    </div>
  );
}
