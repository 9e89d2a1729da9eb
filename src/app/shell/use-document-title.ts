import { useEffect } from 'react';

const MAX_PART = 60;
const cut = (text: string) => (text.length > MAX_PART ? `${text.slice(0, MAX_PART - 1)}…` : text);

/** "Page · Org · Org Console", leaving out what is not known; a server's long name is cut. */
export function documentTitle(...parts: (string | undefined)[]): string {
  return [...parts.filter((part): part is string => !!part).map(cut), 'Org Console'].join(' · ');
}

export function useDocumentTitle(...parts: (string | undefined)[]): void {
  const title = documentTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
