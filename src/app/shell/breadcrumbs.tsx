import { Link } from 'react-router';
import { orgPath } from '../../lib/org-path';
import { fullName, oneLine } from '../../lib/short-name';

type BreadcrumbsProps = { org: { slug: string; name: string } | undefined; page: string };

/** "Acme › Organization settings": the org (a link to its home), then the page. */
export function Breadcrumbs({ org, page }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        {org && (
          <li>
            <Link to={orgPath(org.slug)} title={org.name} aria-label={fullName(org.name)}>
              {oneLine(org.name)}
            </Link>
            <span className="breadcrumbs-separator" aria-hidden="true">
              ›
            </span>
          </li>
        )}
        <li aria-current="page">{page}</li>
      </ol>
    </nav>
  );
}
