import type { ComponentType, SVGProps } from 'react';

export type IconComponent = ComponentType<SVGProps<SVGSVGElement> & { size?: number }>;

const cache = new Map<string, Promise<IconComponent | null>>();

/**
 * The lucide icon of that name, or null when there is none. The name → chunk map and each icon
 * are separate lazy chunks, so the first load carries no icons at all.
 */
export function loadIcon(name: string): Promise<IconComponent | null> {
  let icon = cache.get(name);
  if (!icon) {
    icon = import('lucide-react/dynamic')
      .then(({ dynamicIconImports }) =>
        // hasOwn: a server-sent name such as `constructor` must not reach Object.prototype.
        Object.hasOwn(dynamicIconImports, name)
          ? dynamicIconImports[name as keyof typeof dynamicIconImports]()
          : null,
      )
      .then((module) => (module ? (module.default as IconComponent) : null))
      .catch(() => null);
    cache.set(name, icon);
  }
  return icon;
}
