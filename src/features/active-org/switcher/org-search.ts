import type { OrgSummary } from '../../../api/contract/active-org';

// Letters NFD does not decompose, so "aero" finds "Ærø" and "lodz" finds "Łódź".
const FOLDS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case without accents: what a person types when looking for a name. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[æøœßłđðþı]/g, (letter) => FOLDS[letter] ?? letter);
}

/**
 * The switcher's list: recently used orgs first (most recent first), then the rest in the
 * server's order; filtered by a query that ignores case and accents.
 */
export function orderAndFilterOrgs(
  orgs: readonly OrgSummary[],
  recentSlugs: readonly string[],
  query: string,
): OrgSummary[] {
  const rank = new Map(recentSlugs.map((slug, index) => [slug, index]));
  const ordered = orgs
    .map((org, index) => ({ org, index, recent: rank.get(org.slug) ?? Infinity }))
    .sort((a, b) => a.recent - b.recent || a.index - b.index)
    .map(({ org }) => org);
  const needle = foldForSearch(query.trim());
  if (!needle) return ordered;
  return ordered.filter(
    (org) => foldForSearch(org.name).includes(needle) || org.slug.includes(needle),
  );
}
