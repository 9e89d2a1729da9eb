import { canEditOrgDetails } from '../../api/contract/org-role';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Loading } from '../../components/ui/loading';
import { errorMessage, readFailureTitle } from '../../lib/error-message';
import { shortName } from '../../lib/short-name';
import { useActiveOrg } from '../active-org/active-org-query';
import { orgRef } from '../active-org/org-keys';
import { useOrgDetails } from './org-details-query';
import { OrgSettingsForm } from './org-settings-form';
import './org-settings.css';

const TITLE_ID = 'org-settings-title';

/** `/o/:orgSlug/settings`: the active org's details, editable by owners and administrators. */
export function OrgSettingsPage() {
  const activeOrg = useActiveOrg().data;
  const org = activeOrg?.org;
  if (!activeOrg || !org) return null;
  const ref = orgRef(org);
  const readOnlyReason = canEditOrgDetails(activeOrg)
    ? null
    : `Only owners and administrators can change these details; your role in ${shortName(org.name)} is ${org.role.name ?? org.role.slug}.`;

  return (
    <section className="org-settings" aria-labelledby={TITLE_ID}>
      <h1 id={TITLE_ID}>Organization settings</h1>
      <p className="muted clamp-2" title={org.name}>
        The details of {org.name} that members and invoices show.
      </p>
      <OrgDetailsLoader
        key={ref}
        orgRef={ref}
        orgSlug={org.slug}
        orgName={org.name}
        readOnlyReason={readOnlyReason}
      />
    </section>
  );
}

type OrgDetailsLoaderProps = {
  orgRef: string;
  orgSlug: string;
  orgName: string;
  readOnlyReason: string | null;
};

function OrgDetailsLoader({ orgRef, ...form }: OrgDetailsLoaderProps) {
  const details = useOrgDetails(orgRef);
  // A failed background refetch keeps the data: the form, and what is typed in it, stay.
  if (details.data) {
    return (
      <OrgSettingsForm orgRef={orgRef} details={details.data} labelledBy={TITLE_ID} {...form} />
    );
  }
  if (details.isError) {
    return (
      <ErrorPanel
        title={readFailureTitle(details.error, "The organization's details could not be loaded")}
        message={errorMessage(details.error)}
        onRetry={() => void details.refetch()}
      />
    );
  }
  return <Loading label="Loading organization settings…" retrying={details.failureCount > 0} />;
}
