import { useEffect, useRef } from 'react';

type MfaDialogProps = {
  open: boolean;
  orgName: string;
  onConfirm: () => void;
  /** Also called when the dialog closes any other way (Escape). */
  onCancel: () => void;
};

/** Asks before MFA is enforced, because that locks members without MFA out. */
export function MfaDialog({ open, orgName, onConfirm, onCancel }: MfaDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // The safe choice takes focus: Enter must not lock people out.
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="org-dialog"
      aria-labelledby="mfa-dialog-title"
      aria-describedby="mfa-dialog-description"
      onClose={onCancel}
    >
      <h2 id="mfa-dialog-title">Require multi-factor authentication?</h2>
      <div id="mfa-dialog-description">
        <p>
          Every member of {orgName} will have to sign in with a second factor. Members who have not
          set up multi-factor authentication are locked out until they do.
        </p>
        <p>The change takes effect when you save.</p>
      </div>
      <div className="actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={onConfirm}>
          Enforce MFA
        </button>
      </div>
    </dialog>
  );
}
