import { ConfirmDialog } from '../../components/ui/confirm-dialog';

type MfaDialogProps = {
  open: boolean;
  orgName: string;
  onConfirm: () => void;
  /** Also called when the dialog closes any other way (Escape). */
  onCancel: () => void;
};

/** Asks before MFA is enforced, because that locks members without MFA out. */
export function MfaDialog({ open, orgName, onConfirm, onCancel }: MfaDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Require multi-factor authentication?"
      confirmLabel="Enforce MFA"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        Every member of {orgName} will have to sign in with a second factor. Members who have not
        set up multi-factor authentication are locked out until they do.
      </p>
      <p>The change takes effect when you save.</p>
    </ConfirmDialog>
  );
}
