import type { ReactNode } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { ConfirmHost } from '../../components/ui/confirm';
import { AppHeader } from './app-header';
import { Breadcrumbs } from './breadcrumbs';
import { Sidebar } from './sidebar';
import { useDocumentTitle } from './use-document-title';
import './shell.css';

type AppShellProps = {
  /** The org whose header and menus to show; none before the active org is read. */
  activeOrg?: ActiveOrg | undefined;
  /** The org the page belongs to, for the breadcrumbs and the title. */
  org?: { slug: string; name: string };
  page: string;
  sidebar?: boolean;
  children: ReactNode;
};

/** Skip link, header, sidebar, breadcrumbs and the page: the frame of every signed-in page. */
export function AppShell({ activeOrg, org, page, sidebar = true, children }: AppShellProps) {
  useDocumentTitle(page, org?.name);
  return (
    <div className="app" data-sidebar={sidebar || undefined}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader activeOrg={activeOrg} />
      {sidebar && <Sidebar activeOrg={activeOrg} />}
      <div className="app-content">
        <Breadcrumbs org={org} page={page} />
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      {/* Only the signed-in shell asks (unsaved changes): its code stays out of the first load. */}
      <ConfirmHost />
    </div>
  );
}
