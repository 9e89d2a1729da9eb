import type { OrgDetailsWire } from '../api/contract/org-details';
import aitronosSwitch from './documents/000-current-organization-200.json' with { type: 'json' };
import slugbaseSwitch from './documents/001-session-org-200.json' with { type: 'json' };
import dualSwitch from './documents/002-organizations-switch-200.json' with { type: 'json' };
import activeOrgExample from './documents/003-active-org.json' with { type: 'json' };
import organization200 from './documents/004-organization-200.json' with { type: 'json' };
import organization400 from './documents/004-organization-400.json' with { type: 'json' };
import organization403 from './documents/004-organization-403.json' with { type: 'json' };
import organization404 from './documents/004-organization-404.json' with { type: 'json' };
import organization500 from './documents/004-organization-500.json' with { type: 'json' };

/**
 * Dora Documented's server: every answer is a document's example body as printed
 * (`documents/`, copied verbatim from the seeds). The documents leave values open as
 * `"<string>"`; to give the console an administrator to test, Dora's answers vary exactly these
 * and nothing else:
 * - `organizations[]` lists a second org: the printed entry with its slug, name and roleSlug
 *   filled in (`documented-admin`, `Documented Admin`, `administrator`);
 * - while that org is active, `org.slug`, `org.name` and `org.role.slug` carry those values.
 * While the printed org is active, `org` and `permissions` are the example's, untouched.
 */
export const DORA_ORGS = [
  { slug: '<string>', name: '<string>', roleSlug: '<string>' },
  { slug: 'documented-admin', name: 'Documented Admin', roleSlug: 'administrator' },
] as const;

/** seeds/003's active-org example, with Dora's one varied org active when `slug` names it. */
export function documentedActiveOrg(slug: string | null): unknown {
  const body = structuredClone(activeOrgExample);
  const [printed] = activeOrgExample.organizations;
  if (!printed) throw new Error('seeds/003 prints one organization');
  const active = DORA_ORGS.find((org) => org.slug === slug) ?? DORA_ORGS[0];
  body.org.slug = active.slug;
  body.org.name = active.name;
  body.org.role.slug = active.roleSlug;
  body.organizations = DORA_ORGS.map(({ slug, name, roleSlug }) => ({
    ...structuredClone(printed),
    slug,
    name,
    roleSlug,
  }));
  return body;
}

/** seeds/004's organization: what `GET` and a successful `PUT /organization/{id}` answer. */
export const DOCUMENTED_ORGANIZATION = organization200;
export const DOCUMENTED_ORG_DETAILS: OrgDetailsWire = organization200.data;

/** seeds/004's error bodies, by status. */
export const DOCUMENTED_ORGANIZATION_ERRORS = {
  400: organization400,
  403: organization403,
  404: organization404,
  500: organization500,
};

/** The switch answers of seeds/000 (Aitronos), 001 (SlugBase) and 002 (DUAL), as printed. */
export const DOCUMENTED_SWITCH = {
  aitronos: aitronosSwitch,
  slugbase: slugbaseSwitch,
  dual: dualSwitch,
};
