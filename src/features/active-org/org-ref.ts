import type { OrgContext } from '../../api/contract/active-org';

/** How the API addresses an org: its `id`, or its slug when the backend sends no id. */
export function orgRef(org: Pick<OrgContext, 'id' | 'slug'>): string {
  return org.id ?? org.slug;
}
