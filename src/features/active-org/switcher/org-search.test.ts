import { describe, expect, it } from 'vitest';
import type { OrgSummary } from '../../../api/contract/active-org';
import { foldForSearch, orderAndFilterOrgs } from './org-search';

const org = (slug: string, name: string): OrgSummary => ({ slug, name, groups: [] });
const ORGS = [
  org('acme', 'Acme Corporation'),
  org('globex', 'Globex'),
  org('aero', 'Ærø Fisheries'),
  org('zurich', 'Zürich Analytics'),
  org('sao-paulo', 'São Paulo Freight'),
];
const names = (list: OrgSummary[]) => list.map((o) => o.name);

describe('foldForSearch', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['SÃO', 'sao'],
    ['Ærø', 'aero'],
    ['Łódź', 'lodz'],
  ])('%s → %s', (input, output) => expect(foldForSearch(input)).toBe(output));
});

describe('orderAndFilterOrgs', () => {
  it("keeps the server's order without recent orgs or a query", () => {
    expect(names(orderAndFilterOrgs(ORGS, [], ''))).toEqual(names(ORGS));
  });

  it('puts recently used orgs first, most recent first', () => {
    expect(names(orderAndFilterOrgs(ORGS, ['zurich', 'globex', 'gone'], ''))).toEqual([
      'Zürich Analytics',
      'Globex',
      'Acme Corporation',
      'Ærø Fisheries',
      'São Paulo Freight',
    ]);
  });

  it('filters ignoring case and accents', () => {
    expect(names(orderAndFilterOrgs(ORGS, [], 'ZURICH'))).toEqual(['Zürich Analytics']);
    expect(names(orderAndFilterOrgs(ORGS, [], 'sao p'))).toEqual(['São Paulo Freight']);
    expect(names(orderAndFilterOrgs(ORGS, [], 'aero'))).toEqual(['Ærø Fisheries']);
    expect(names(orderAndFilterOrgs(ORGS, [], '  glo '))).toEqual(['Globex']);
    expect(orderAndFilterOrgs(ORGS, [], 'nothing like it')).toEqual([]);
  });
});
