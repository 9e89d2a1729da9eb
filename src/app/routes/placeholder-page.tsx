import { useActiveOrg } from '../../features/active-org/active-org-query';
import './placeholder-page.css';

/** What belongs on each page the console links but does not fill yet. */
const PURPOSE: Record<string, string> = {
  Workspaces: 'The workspaces, the projects in each and who works on them belong here.',
  'Create workspace': 'Creating a workspace, with its name and first members, belongs here.',
  Members: 'The people of the organization, their roles and pending invitations belong here.',
  Billing: 'The plan, the invoices and the payment method belong here.',
  'Audit log': 'Who changed what, and when, belongs here.',
};

/** A console page whose content is not built yet: a deliberate empty state, under the right org. */
export function placeholderPage(title: string) {
  return function PlaceholderPage() {
    const org = useActiveOrg().data?.org;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{title}</h1>
        <p className="muted clamp-2" title={org?.name}>
          {title} of {org?.name}.
        </p>
        <div className="empty-state">
          <span className="empty-state-mark" aria-hidden="true" />
          <p className="empty-state-title">Nothing to show here yet</p>
          <p className="muted">
            {PURPOSE[title]} The console does not show this page&apos;s content yet.
          </p>
        </div>
      </section>
    );
  };
}
