import { describe, expect, it } from 'vitest';
import { ActiveOrgSchema, type ActiveOrg } from '../../api/contract/active-org';
import { callApi, TOKENS } from '../../test/api';
import { pageEntries, paletteEntries } from './palette-entries';

async function activeOrgOf(token: string): Promise<ActiveOrg> {
  return await ActiveOrgSchema.parseAsync(
    (await callApi('GET', '/v2/user/active-org', token)).body,
  );
}

const labels = (entries: ReturnType<typeof paletteEntries>) =>
  entries.map((e) =>
    e.kind === 'page'
      ? `page:${e.trail}${e.label}`
      : e.kind === 'org-page'
        ? `${e.to}:${e.label}`
        : `org:${e.org.slug}`,
  );

describe('command palette entries', () => {
  it('lists the pages the role may open, then every org, recent first', async () => {
    const acme = await activeOrgOf(TOKENS.olivia);
    const entries = paletteEntries(acme, pageEntries(acme), ['umbrella'], '');
    expect(labels(entries)).toEqual([
      'page:Overview',
      'page:Workspaces › All workspaces',
      'page:Workspaces › Create workspace',
      'page:Members',
      'page:Billing',
      'page:Audit log',
      'page:Documentation',
      'page:Settings',
      'org:umbrella',
      'org:acme',
      'org:globex',
      'org:initech',
    ]);
    expect(entries.find((e) => e.kind === 'org' && e.current)).toMatchObject({
      org: { slug: 'acme' },
    });
  });

  it('uses the switcher search for orgs (case and accents ignored) and filters pages by trail', async () => {
    const max = await activeOrgOf(TOKENS.max);
    expect(labels(paletteEntries(max, pageEntries(max), [], 'SAO'))).toEqual(['org:branch-005']);
    const acme = await activeOrgOf(TOKENS.olivia);
    expect(labels(paletteEntries(acme, pageEntries(acme), [], 'workspaces'))).toEqual([
      'page:Workspaces › All workspaces',
      'page:Workspaces › Create workspace',
    ]);
  });

  it('offers no page a restricted role may not open', async () => {
    await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, { orgSlug: 'umbrella' });
    const umbrella = await activeOrgOf(TOKENS.olivia);
    const pages = pageEntries(umbrella).map((page) => page.label);
    expect(pages).not.toContain('Billing');
    expect(pages).not.toContain('Audit log');
    expect(pages[0]).toBe('Overview');
  });

  it('offers another org’s home and settings when the search names the page and the org', async () => {
    const acme = await activeOrgOf(TOKENS.olivia);
    const search = (query: string, recent: string[] = []) =>
      labels(paletteEntries(acme, pageEntries(acme), recent, query));
    expect(search('globex settings')).toEqual(['/o/globex/settings:Organization settings']);
    expect(search('Settings  GLÓBEX')).toEqual(['/o/globex/settings:Organization settings']);
    expect(search('home umbrella')).toEqual(['/o/umbrella:Overview']);
    // Pages of every org, recent orgs first; the active org's page is its own entry.
    expect(search('overview e', ['initech'])).toEqual([
      'page:Overview',
      '/o/initech:Overview',
      '/o/globex:Overview',
      '/o/umbrella:Overview',
    ]);
    expect(search('acme settings')).toEqual(['page:Settings']);
    expect(search('acme audit')).toEqual(['page:Audit log']);
    // One word names a page or an org, not both: no list of every org's settings.
    expect(search('settings')).toEqual(['page:Settings']);
    expect(search('globex')).toEqual(['org:globex']);
    // Another org's menu is not known before switching: none of its entries is offered.
    expect(search('globex audit')).toEqual([]);
  });
});
