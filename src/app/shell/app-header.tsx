import { Link, useNavigate } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';

export function AppHeader({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const navigate = useNavigate();
  const org = activeOrg?.org;
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Org Console
      </Link>
      {org && (
        <span className="current-org">
          {org.name} <span className="muted">· {org.role.name ?? org.role.slug}</span>
        </span>
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
