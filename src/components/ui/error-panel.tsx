import './feedback.css';
import { useId, type ReactNode } from 'react';

type ErrorPanelProps = {
  title: string;
  message: string;
  onRetry?: () => void;
  children?: ReactNode;
};

/** A failure shown in place, with what happened and what the user can do next. */
export function ErrorPanel({ title, message, onRetry, children }: ErrorPanelProps) {
  const titleId = useId();
  return (
    <section className="panel error-panel" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      <div className="actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {children}
      </div>
    </section>
  );
}
