import type { EditableOrgField } from '../../api/contract/org-details';
import { fieldLabels } from './org-field-table';

type ConflictNoticeProps = {
  fields: readonly EditableOrgField[];
  onKeep: () => void;
  onLoad: () => void;
};

/** The server changed fields the user is editing: their call, never silently decided. */
export function ConflictNotice({ fields, onKeep, onLoad }: ConflictNoticeProps) {
  return (
    <div className="notice org-notice" role="status">
      <p>
        Someone changed these details while you were editing: {fieldLabels(fields)}. Your changes
        are still in the form.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={onKeep}>
          Keep my changes
        </button>
        <button type="button" className="button" onClick={onLoad}>
          Load the new values
        </button>
      </div>
    </div>
  );
}
