import { useActiveOrg } from '../../features/active-org/active-org-query';
import { QuickActions } from '../../features/navigation/quick-actions';

export function HomePage() {
  const { data } = useActiveOrg();
  const org = data?.org;
  if (!org) return null;
  return (
    <>
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="clamp-2" title={org.name}>
          {org.name}
        </h1>
        <p>
          Your role: <strong>{org.role.name ?? org.role.slug}</strong>
        </p>
      </section>
      <QuickActions key={org.slug} org={org} permissions={data.permissions} />
    </>
  );
}
