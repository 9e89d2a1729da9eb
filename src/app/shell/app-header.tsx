import { Link, useNavigate } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { OrgSwitcher } from '../../features/active-org/switcher/org-switcher';
import { orgPath } from '../../lib/org-path';
import { SETTINGS_PAGE } from '../console-pages';
import { pageAccess } from '../page-access';

export function AppHeader({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const navigate = useNavigate();
  const org = activeOrg?.org;
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Org Console
      </Link>
      {/* A build constant: only dev and demo builds (VITE_API_MOCKING=on) run on mock data. */}
      {__API_MOCKING__ && <span className="demo-badge">Demo data</span>}
      {activeOrg && org && (
        <>
          <OrgSwitcher activeOrg={activeOrg} />
          {/* The guard asks the same question: the header never links to a page that refuses. */}
          {pageAccess(activeOrg, SETTINGS_PAGE) === 'allowed' && (
            <Link to={orgPath(org.slug, SETTINGS_PAGE.path)} className="header-link">
              {SETTINGS_PAGE.title}
            </Link>
          )}
        </>
      )}
      <button
        type="button"
        className="button ghost sign-out"
        onClick={() => void navigate('/sign-out', { replace: true })}
      >
        Sign out
      </button>
    </header>
  );
}
