import { Link } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { OrgAvatar } from '../../features/active-org/switcher/org-avatar';
import { roleLabel } from '../../features/active-org/switcher/org-labels';
import { readRecentOrgs } from '../../features/active-org/switcher/recent-orgs';
import { QuickActions } from '../../features/navigation/quick-actions';
import { orgPath } from '../../lib/org-path';
import { shortName } from '../../lib/short-name';
import { findConsolePage } from '../console-pages';
import { pageAccess } from '../page-access';
import { SubscriptionBanner, subscriptionFacts } from './subscription';
import './home-page.css';

/** The org's home: who it is, your role, its subscription, what you can do, where else to go. */
export function HomePage() {
  const { data } = useActiveOrg();
  const org = data?.org;
  if (!data || !org) return null;
  const billing = findConsolePage('billing');
  const billingPath =
    billing && pageAccess(data, billing) === 'allowed' ? orgPath(org.slug, 'billing') : undefined;
  return (
    <div className="home">
      <section aria-labelledby="home-title" className="home-hero">
        <OrgAvatar className="home-avatar" name={org.name} color={org.branding.primaryColor} />
        <div className="home-identity">
          {/* Two lines show far fewer than 200 characters; a longer name is not laid out whole. */}
          <h1 id="home-title" className="clamp-2" title={org.name}>
            {shortName(org.name, 200)}
          </h1>
          <p className="home-meta">
            Your role: <strong>{org.role.name ?? roleLabel(org.role.slug)}</strong>
          </p>
        </div>
      </section>
      <SubscriptionBanner subscription={org.subscription} billingPath={billingPath} />
      <div className="home-grid">
        <div className="panel home-card home-card-wide">
          <QuickActions
            key={org.slug}
            org={org}
            permissions={data.permissions}
            emptyText="Your role has no quick actions in this organization."
          />
        </div>
        <section className="panel home-card" aria-labelledby="home-subscription">
          <h2 id="home-subscription">Subscription</h2>
          <dl className="home-facts">
            {subscriptionFacts(org.subscription).map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <RecentOrgs activeOrg={data} />
      </div>
    </div>
  );
}

/** Recently used organizations (else the first few), as links that switch to them. */
function RecentOrgs({ activeOrg }: { activeOrg: ActiveOrg }) {
  const current = activeOrg.org?.slug;
  const recent = readRecentOrgs();
  const others = activeOrg.organizations.filter((o) => o.slug !== current);
  const byRecent = recent.flatMap((slug) => others.filter((o) => o.slug === slug));
  const shown = (byRecent.length > 0 ? byRecent : others).slice(0, 5);
  return (
    <section className="panel home-card" aria-labelledby="home-recent">
      <h2 id="home-recent">
        {byRecent.length > 0 ? 'Recent organizations' : 'Your organizations'}
      </h2>
      {shown.length === 0 ? (
        <p className="muted">This is the only organization you belong to.</p>
      ) : (
        <ul className="home-orgs">
          {shown.map((o) => (
            <li key={o.slug}>
              <Link to={orgPath(o.slug)} className="list-row home-org">
                <OrgAvatar quiet className="home-org-avatar" name={o.name} />
                <span className="list-row-name" title={o.name}>
                  {o.name}
                </span>
                <span className="home-org-role">{roleLabel(o.roleSlug)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
