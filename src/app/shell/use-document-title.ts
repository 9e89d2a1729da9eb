import { useEffect } from 'react';

/** "Page · Org · Org Console", leaving out what is not known. */
export function documentTitle(...parts: (string | undefined)[]): string {
  return [...parts.filter(Boolean), 'Org Console'].join(' · ');
}

export function useDocumentTitle(...parts: (string | undefined)[]): void {
  const title = documentTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
