import { useActiveOrg } from '../../features/active-org/active-org-query';

/** A console page whose content is not built yet: says so plainly, under the right org. */
export function placeholderPage(title: string) {
  return function PlaceholderPage() {
    const org = useActiveOrg().data?.org;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{title}</h1>
        <p className="muted clamp-2" title={org?.name}>
          {title} of {org?.name}.
        </p>
      </section>
    );
  };
}
