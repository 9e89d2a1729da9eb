type OrgSaveBarProps = {
  /** No buttons: why a save failed stays said after the form turned read-only. */
  readOnly: boolean;
  saving: boolean;
  dirty: boolean;
  /** The server's message after a save, or ''. */
  success: string;
  /** What is wrong now (the fields to fix, or why the save failed), or ''. */
  problem: string;
  /** Offered when a save failed and nothing typed is invalid. */
  onRetry: (() => void) | undefined;
  onDiscard: () => void;
};

/**
 * The form's buttons and the result of a save, stuck to the bottom of the viewport so the
 * answer shows where the user is looking, however long the form: "Saving…", then "Saved" or
 * what went wrong with "Try again". Both regions are live, so screen readers hear them too.
 */
export function OrgSaveBar({
  readOnly,
  saving,
  dirty,
  success,
  problem,
  onRetry,
  onDiscard,
}: OrgSaveBarProps) {
  return (
    <div className={readOnly ? 'org-savebar read-only' : 'org-savebar'}>
      <div role="status" className="org-save-status">
        {saving ? (
          <p>Saving…</p>
        ) : (
          success && (
            <p className="org-saved">
              <strong>Saved</strong> <span>{success}</span>
            </p>
          )
        )}
      </div>
      <div role="alert" className="org-alert">
        {!saving && problem && (
          <p>
            <span>{problem}</span>
            {onRetry && (
              <button type="button" className="button" onClick={onRetry}>
                Try again
              </button>
            )}
          </p>
        )}
      </div>
      {!readOnly && (
        <div className="actions org-actions">
          <button type="submit" className="button primary" disabled={!dirty || saving}>
            Save changes
          </button>
          <button type="button" className="button" disabled={!dirty || saving} onClick={onDiscard}>
            Discard changes
          </button>
        </div>
      )}
    </div>
  );
}
