import { useQueryClient } from '@tanstack/react-query';
import { useReducer, useRef, useState, type SubmitEvent } from 'react';
import { hasStatus } from '../../api/api-error';
import type { EditableOrgField, OrgDetails } from '../../api/contract/org-details';
import { errorMessage } from '../../lib/error-message';
import { activeOrgKey } from '../active-org/org-keys';
import { orgDetailsKey } from './org-details-query';
import { MfaDialog } from './mfa-dialog';
import { changedFields, diffOrgForm } from './org-diff';
import { focusField } from './org-fields';
import { fieldLabels } from './org-field-table';
import { ConflictNotice } from './org-form-notices';
import { OrgFormSections } from './org-form-sections';
import { initOrgForm, orgFormReducer } from './org-form-state';
import { firstInvalidField, validateOrgForm } from './org-form-values';
import { useUpdateOrg } from './update-org-mutation';
import { OrgSaveBar } from './org-save-bar';
import { useKeptDraft } from './use-kept-draft';
import { useLeaveGuard } from './use-leave-guard';

export type OrgSettingsFormProps = {
  /** The org this form is bound to for its whole life (the page keys the form by it). */
  orgRef: string;
  orgSlug: string;
  orgName: string;
  details: OrgDetails;
  /** Why the user may not edit, or null when they may. */
  readOnlyReason: string | null;
  labelledBy: string;
};

export function OrgSettingsForm(props: OrgSettingsFormProps) {
  const { orgRef, orgSlug, orgName, details, labelledBy } = props;
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch] = useReducer(orgFormReducer, { details }, initOrgForm);
  // A refetch or our own save brings new server values; fold them in without losing edits.
  if (details !== state.source) dispatch({ type: 'server', details });

  const mutation = useUpdateOrg();
  const [validated, setValidated] = useState(false);
  const [saveError, setSaveError] = useState('');
  const [success, setSuccess] = useState('');
  const [mfaDialogOpen, setMfaDialogOpen] = useState(false);

  const changes = diffOrgForm(state.server, state.values);
  const fields = changedFields(changes);
  const dirty = fields.length > 0;
  const saving = mutation.isPending;
  const readOnlyReason = props.readOnlyReason;
  const readOnly = readOnlyReason !== null;
  const errors = validated ? validateOrgForm(state.values, fields, state.server.country) : {};

  const kept = useKeptDraft(orgRef, orgName, state.server, changes);
  useLeaveGuard(dirty, orgSlug, kept.discardKept);
  // The fields that are wrong now: the summary follows every fix.
  const invalid = fields.filter((field) => errors[field]);

  function edit(field: EditableOrgField, value: string | boolean) {
    setSuccess('');
    dispatch({ type: 'edit', field, value });
  }

  function onMfaChange(checked: boolean) {
    if (checked && !state.server.mfaEnforced) setMfaDialogOpen(true);
    else edit('mfaEnforced', checked);
  }

  function closeMfaDialog(confirmed: boolean) {
    if (!mfaDialogOpen) return;
    setMfaDialogOpen(false);
    if (confirmed) edit('mfaEnforced', true);
    focusField(form.current, 'mfaEnforced');
  }

  function discard() {
    dispatch({ type: 'discard' });
    setValidated(false);
    setSaveError('');
    setSuccess('');
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (readOnly || saving || !dirty) return;
    setValidated(true);
    setSuccess('');
    const first = firstInvalidField(validateOrgForm(state.values, fields, state.server.country));
    if (first) {
      focusField(form.current, first);
      return;
    }
    setSaveError('');
    mutation.mutate(
      { orgRef, orgSlug, changes },
      {
        onSuccess: (response) => {
          setValidated(false);
          setSuccess(response.message ?? 'Changes saved.');
        },
        onError: (error) => {
          setSaveError(`Your changes were not saved. ${errorMessage(error)}`);
          // "No valid fields to update": the server may already hold these values; a fresh
          // read makes the form clean if so, and keeps every real edit otherwise.
          if (hasStatus(error, 400))
            void queryClient.invalidateQueries({ queryKey: orgDetailsKey(orgRef) });
          // The role may have been revoked meanwhile: the re-read role decides whether the
          // form turns read-only (the page derives it), and what was typed stays either way.
          if (hasStatus(error, 403)) void queryClient.invalidateQueries({ queryKey: activeOrgKey });
        },
      },
    );
  }

  return (
    <form
      ref={form}
      className="org-form"
      aria-labelledby={labelledBy}
      aria-busy={saving}
      noValidate
      onSubmit={submit}
    >
      {readOnlyReason && <p className="notice org-notice">{readOnlyReason}</p>}
      {kept.offered && !readOnly && (
        <section className="notice org-notice" aria-label="Unsaved changes">
          <p>
            Restore your unsaved changes? You left changes to {fieldLabels(kept.offeredFields)} here
            without saving them.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                if (kept.offered) dispatch({ type: 'restore', draft: kept.offered });
                kept.answerOffer();
              }}
            >
              Restore
            </button>
            <button type="button" className="button" onClick={kept.answerOffer}>
              Discard
            </button>
          </div>
        </section>
      )}
      {state.conflicts.length > 0 && dirty && (
        <ConflictNotice
          fields={state.conflicts}
          onKeep={() => dispatch({ type: 'keep-mine' })}
          onLoad={discard}
        />
      )}

      <fieldset className="org-fields" disabled={saving}>
        <OrgFormSections
          values={state.values}
          storedCountry={state.server.country}
          errors={errors}
          readOnly={readOnly}
          onEdit={edit}
          onMfaChange={onMfaChange}
          details={state.source}
        />
      </fieldset>

      <OrgSaveBar
        readOnly={readOnly}
        saving={saving}
        dirty={dirty}
        success={success}
        problem={
          invalid.length > 0
            ? `Check ${invalid.length === 1 ? 'this field' : 'these fields'}: ${fieldLabels(invalid)}.`
            : saveError
        }
        onRetry={
          saveError && invalid.length === 0 ? () => form.current?.requestSubmit() : undefined
        }
        onDiscard={discard}
      />

      <MfaDialog
        open={mfaDialogOpen}
        orgName={orgName}
        onConfirm={() => closeMfaDialog(true)}
        onCancel={() => closeMfaDialog(false)}
      />
    </form>
  );
}
