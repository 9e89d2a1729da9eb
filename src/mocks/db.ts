import type { ActiveOrgWire } from '../api/contract/active-org';
import type { MenuEntry, MenuFeature } from '../api/contract/navigation';
import type { OrgDetailsWire, OrgUpdate } from '../api/contract/org-details';
import type { AccessTokenVerifier } from './access-tokens';
import { documentedActiveOrg } from './documented';
import { hugeNavigation } from './huge-navigation';
import { NAVIGATIONS } from './navigation-fixtures';
import { roleDefinition, spellAll, type Vocabulary } from './roles';
import { seedState, type DbState, type Membership, type MockOrg, type MockUser } from './seed';

const GENERATED_NAVIGATION_GROUPS: Record<string, number> = { huge: 250, large: 100 };

function navigationOf(org: MockOrg) {
  const groups = GENERATED_NAVIGATION_GROUPS[org.navigation];
  if (groups) return hugeNavigation(groups);
  const navigation = NAVIGATIONS[org.navigation];
  if (!navigation) return undefined;
  // The fixtures write `resource:action`; each org's server spells them its own way.
  const feature = (f: MenuFeature): MenuFeature => ({
    ...f,
    permissions: spellAll(f.permissions, org.vocabulary),
  });
  const entry = (e: MenuEntry): MenuEntry =>
    e.type === 'divider' || !('permissions' in e)
      ? e
      : {
          ...e,
          permissions: spellAll(e.permissions, org.vocabulary),
          features: e.features.map(feature),
          ...(e.type === 'category' ? { items: e.items.map(entry) } : {}),
        };
  return {
    ...navigation,
    menu: navigation.menu?.map(entry),
    footer: navigation.footer?.map(entry),
    quickActions: navigation.quickActions?.map(entry),
  };
}

const rolePermissions = (role: string, vocabulary: Vocabulary) =>
  spellAll(roleDefinition(role)?.permissions ?? [], vocabulary);

export type DbStorage = { load(): DbState | null; save(state: DbState): void };

export type MockDb = ReturnType<typeof createDb>;

/** The mock backend's state: personas, organizations, memberships and each user's active org. */
export function createDb(storage?: DbStorage, verifyAccessToken?: AccessTokenVerifier) {
  // Seeding builds some 1,300 orgs, and the unit tests reset the db after every test: without a
  // storage to write to, the seed is built when something first reads it.
  let state: DbState | null = storage?.load() ?? null;
  const current = (): DbState => (state ??= seedState());
  const save = () => storage?.save(current());
  let rotations = 0;
  // Every browser tab runs its own copy of the handlers: re-read the shared state on each request.
  const sync = () => {
    state = storage?.load() ?? state;
  };

  const membership = (user: MockUser, slug: string): Membership | undefined =>
    user.memberships.find((m) => m.orgSlug === slug && current().orgs[slug]);

  const activeMembership = (user: MockUser): Membership | undefined =>
    (user.activeOrgSlug ? membership(user, user.activeOrgSlug) : undefined) ??
    user.memberships.find((m) => current().orgs[m.orgSlug]);

  return {
    reset() {
      state = null;
      if (storage) save();
    },
    users(): readonly MockUser[] {
      return current().users;
    },
    userByCredential(credential: string | null): MockUser | undefined {
      sync();
      return credential ? current().users.find((user) => user.token === credential) : undefined;
    },
    /**
     * The user a request's credential names: a persona's token (or its DUAL rotation), or an
     * access token of the configured OpenID provider whose subject is a persona's id.
     */
    async authenticate(credential: string | null): Promise<MockUser | undefined> {
      const byToken = this.userByCredential(credential);
      if (byToken || !credential || !verifyAccessToken) return byToken;
      const subject = await verifyAccessToken(credential);
      sync();
      return subject ? current().users.find((user) => user.id === subject) : undefined;
    },
    /** By the console's `org.id`, or by slug for a backend that sends no id. */
    findOrg(idOrSlug: string): MockOrg | undefined {
      return (
        current().orgs[idOrSlug] ??
        Object.values(current().orgs).find((o) => o.details.id === idOrSlug)
      );
    },
    membership,
    /** What `GET /v2/user/active-org` answers this user (Dora: the documents' example). */
    activeOrgAnswer(user: MockUser): unknown {
      const active = activeMembership(user);
      const org = active ? current().orgs[active.orgSlug] : undefined;
      if (org?.documented) return documentedActiveOrg(org.slug);
      return this.activeOrg(user);
    },
    activeOrg(user: MockUser): ActiveOrgWire {
      const active = activeMembership(user);
      const org = active ? current().orgs[active.orgSlug] : undefined;
      const role = active ? roleDefinition(active.role) : undefined;
      const permissions = active && org ? rolePermissions(active.role, org.vocabulary) : [];
      return {
        org:
          org && active && role
            ? {
                id: org.details.id,
                slug: org.slug,
                name: org.details.name,
                status: org.status,
                branding: org.branding,
                navigation: navigationOf(org),
                role: { slug: active.role, ...role, permissions },
                groups: active.groups,
                settings: {},
                subscription: {
                  slug: org.subscription.plan,
                  name: org.subscription.plan,
                  ...org.subscription,
                },
              }
            : null,
        permissions,
        organizations: user.memberships.flatMap((m) => {
          const o = current().orgs[m.orgSlug];
          return o
            ? [
                {
                  id: o.details.id,
                  slug: o.slug,
                  name: o.details.name,
                  roleSlug: m.role,
                  groups: m.groups,
                },
              ]
            : [];
        }),
      };
    },
    /** Everyone in an org, with their membership. */
    members(slug: string): { user: MockUser; membership: Membership }[] {
      return current().users.flatMap((user) => {
        const found = membership(user, slug);
        return found ? [{ user, membership: found }] : [];
      });
    },
    /** DUAL issues a new token on each switch; the old one is refused from then on. */
    rotateToken(user: MockUser, token?: string): string {
      rotations += 1;
      user.token =
        token ?? `dual_${user.id}_${rotations}_${Math.random().toString(36).slice(2, 12)}`;
      save();
      return user.token;
    },
    setActiveOrg(user: MockUser, slug: string) {
      user.activeOrgSlug = slug;
      save();
    },
    updateOrg(org: MockOrg, changes: OrgUpdate): OrgDetailsWire {
      Object.assign(org.details, changes);
      save();
      return org.details;
    },
    /** For tests and QA: take an org away, or a role, while someone is using it. */
    removeOrg(slug: string) {
      current().orgs = Object.fromEntries(
        Object.entries(current().orgs).filter(([key]) => key !== slug),
      );
      save();
    },
  };
}
