import type { OrgDetailsWire } from '../api/contract/org-details';
import { DOCUMENTED_ORG_DETAILS, DORA_ORGS } from './documented';
import { HUGE_ORG_COUNT, hugeOrgName } from './huge-navigation';
import type { Vocabulary } from './roles';

export type MockOrg = {
  slug: string;
  status: string;
  branding: { primaryColor?: string };
  navigation: string;
  /** How this org's server spells permissions (roles.ts). */
  vocabulary: Vocabulary;
  subscription: {
    plan: string;
    tier: string;
    status: string;
    startedAt: string;
    expiresAt?: string;
  };
  details: OrgDetailsWire;
  /** Answers with the documents' example bodies (documented.ts) instead of its own data. */
  documented?: true;
};

/** `role`: a key of ROLES, or for Dora Documented the documents' own values. */
export type Membership = { orgSlug: string; role: string; groups: string[] };

export type MockUser = {
  id: string;
  name: string;
  description: string;
  token: string;
  memberships: Membership[];
  activeOrgSlug: string | null;
};

export type DbState = { orgs: Record<string, MockOrg>; users: MockUser[] };

export type Persona = Pick<MockUser, 'id' | 'name' | 'description' | 'token'>;

function org(
  slug: string,
  name: string,
  /** A key of NAVIGATIONS, a generated one ('huge', 'large'), or 'documents'. */
  navigation: string,
  status: string,
  primaryColor: string,
  details: Partial<OrgDetailsWire> = {},
  vocabulary: Vocabulary = 'colon',
): MockOrg {
  return {
    slug,
    status: 'active',
    branding: { primaryColor },
    navigation,
    vocabulary,
    subscription: {
      plan: status === 'trialing' ? 'trial' : 'team',
      tier: 'standard',
      status,
      startedAt: '2026-01-05T09:00:00Z',
      // A trial ends; the fixed date keeps screenshots and tests stable.
      ...(status === 'trialing' ? { expiresAt: '2026-12-14T00:00:00Z' } : {}),
    },
    details: {
      id: `org_${slug.replace(/-/g, '_')}`,
      name,
      domain: `${slug}.example.com`,
      address1: '',
      address2: '',
      city: '',
      zipcode: '',
      phone: '',
      state: '',
      country: '',
      deletedAt: null,
      reposDisabled: false,
      website: `https://${slug}.example.com`,
      is_business: true,
      mfaEnforced: false,
      ...details,
    },
  };
}

const MANY_ORG_COUNT = 300;
const MANY_NAMES = [
  'Ærø Fisheries',
  'Órbita Labs',
  'Zürich Analytics',
  'Café Nova',
  'São Paulo Freight',
];

function hugeOrgs(): MockOrg[] {
  return Array.from({ length: HUGE_ORG_COUNT }, (_, index) =>
    org(
      `huge-${String(index).padStart(4, '0')}`,
      hugeOrgName(index),
      'huge',
      'past_due',
      'red;x:y',
    ),
  );
}

function manyOrgs(): MockOrg[] {
  return Array.from({ length: MANY_ORG_COUNT }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    const name = MANY_NAMES[index] ?? `Branch ${number}`;
    // branch-002 carries the 2,000-entry menu the benchmark renders after a switch.
    const navigation = index === 1 ? 'large' : 'simple';
    const vocabulary = index % 2 === 0 ? 'colon' : 'dotted';
    return org(
      `branch-${number}`,
      name,
      navigation,
      'active',
      '#475569',
      { city: `City ${number}` },
      vocabulary,
    );
  });
}

/** Dora Documented's orgs: their answers come from the documents (documented.ts). */
function documentedOrgs(): MockOrg[] {
  return DORA_ORGS.map(({ slug, name }) => ({
    ...org(slug, name, 'documents', 'active', '', structuredClone(DOCUMENTED_ORG_DETAILS)),
    documented: true,
  }));
}

export function seedState(): DbState {
  const many = manyOrgs();
  const huge = hugeOrgs();
  const orgs = [
    org('acme', 'Acme Corporation', 'full', 'active', '#1d4ed8', {
      address1: '1 Market Street',
      city: 'San Francisco',
      state: 'CA',
      zipcode: '94105',
      country: 'US',
      phone: '+1 415 555 0100',
    }),
    org(
      'globex',
      'Globex',
      'team',
      'trialing',
      '#15803d',
      {
        address1: '12 Rue de Rivoli',
        city: 'Paris',
        zipcode: '75001',
        country: 'FR',
        phone: '+33 1 23 45 67 89',
      },
      'dotted',
    ),
    org('initech', 'Initech', 'restricted', 'past_due', '#c2410c', {
      city: 'Austin',
      state: 'TX',
      country: 'US',
    }),
    org(
      'umbrella',
      'Umbrella Group',
      'minimal',
      'canceled',
      '#b91c1c',
      { city: 'London', country: 'GB', is_business: false },
      'dotted',
    ),
    org(
      'hooli',
      'Hooli',
      'simple',
      'active',
      '#7c3aed',
      { city: 'Palo Alto', country: 'US' },
      'documents',
    ),
    org('hostile', 'Hostile Corp', 'hostile', 'active', '#111827'),
    ...many,
    ...huge,
    ...documentedOrgs(),
  ];
  const users: MockUser[] = [
    {
      id: 'usr_olivia',
      name: 'Olivia Owner',
      description: 'Owner of Acme, administrator of Globex, member of Initech, viewer of Umbrella',
      token: 'mock-olivia-token',
      memberships: [
        { orgSlug: 'acme', role: 'OWNER', groups: ['founders'] },
        { orgSlug: 'globex', role: 'ADMINISTRATOR', groups: ['ops'] },
        { orgSlug: 'initech', role: 'MEMBER', groups: [] },
        { orgSlug: 'umbrella', role: 'VIEWER', groups: [] },
      ],
      activeOrgSlug: 'acme',
    },
    {
      id: 'usr_sam',
      name: 'Sam Single',
      description: 'Administrator of Hooli only',
      token: 'mock-sam-token',
      memberships: [{ orgSlug: 'hooli', role: 'ADMINISTRATOR', groups: [] }],
      activeOrgSlug: 'hooli',
    },
    {
      id: 'usr_nora',
      name: 'Nora Nobody',
      description: 'Belongs to no organization',
      token: 'mock-nora-token',
      memberships: [],
      activeOrgSlug: null,
    },
    {
      id: 'usr_max',
      name: 'Max Many',
      description: `Member of ${MANY_ORG_COUNT} organizations`,
      token: 'mock-max-token',
      memberships: many.map((o, index) => ({
        orgSlug: o.slug,
        role: index % 3 === 0 ? 'ADMINISTRATOR' : 'MEMBER',
        groups: [],
      })),
      activeOrgSlug: 'branch-001',
    },
    {
      id: 'usr_hal',
      name: 'Hal Hostile',
      description: 'Member of Hostile Corp, whose server config is hostile',
      token: 'mock-hal-token',
      memberships: [{ orgSlug: 'hostile', role: 'MEMBER', groups: [] }],
      activeOrgSlug: 'hostile',
    },
    {
      id: 'usr_harriet',
      name: 'Harriet Huge',
      description: `Member of ${HUGE_ORG_COUNT} organizations with hostile names and a 5,000-entry menu`,
      token: 'mock-harriet-token',
      memberships: huge.map((o) => ({ orgSlug: o.slug, role: 'MEMBER', groups: [] })),
      activeOrgSlug: 'huge-0000',
    },
    {
      id: 'usr_dora',
      name: 'Dora Documented',
      description: "Every answer is the documents' own example, placeholders and all",
      token: 'mock-dora-token',
      memberships: DORA_ORGS.map(({ slug, roleSlug }) => ({
        orgSlug: slug,
        role: roleSlug,
        groups: [],
      })),
      activeOrgSlug: DORA_ORGS[0].slug,
    },
  ];
  return { orgs: Object.fromEntries(orgs.map((o) => [o.slug, o])), users };
}

export const PERSONAS: Persona[] = seedState().users.map(({ id, name, description, token }) => ({
  id,
  name,
  description,
  token,
}));
