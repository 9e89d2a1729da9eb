import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A confirmation that throws something away or locks people out. */
  danger?: boolean;
  onConfirm: () => void;
  /** Also called when the dialog closes any other way (Escape). */
  onCancel: () => void;
};

/** A modal question with a safe default: Cancel takes focus, so Enter never does harm. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, onConfirm, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  useLayoutEffect(() => {
    const element = dialog.current;
    // Answered, the question leaves the page: closing it first (before React removes it) is what
    // makes the browser hand focus back to where it was, as Escape does.
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => open && onCancel()}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      <div className="dialog-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={danger ? 'button danger' : 'button primary'}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
