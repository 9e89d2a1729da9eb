import './feedback.css';
/**
 * Holds the space of content that is on its way, and says so to assistive technology.
 * `retrying`: an attempt failed and another is under way, which the user is told.
 */
export function Loading({ label, retrying = false }: { label: string; retrying?: boolean }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
      {retrying && <span className="muted">Still trying…</span>}
    </div>
  );
}
