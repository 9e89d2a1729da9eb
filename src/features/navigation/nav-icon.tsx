import { createElement, Suspense, use } from 'react';
import { hasIcon, loadIcon } from './icon-loader';

/** A rounded tile in the icon's place: for unsupported names and while the icon loads. */
function NeutralIcon() {
  return (
    <svg
      className="nav-icon-fallback"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="4.5" y="4.5" width="15" height="15" rx="4" strokeDasharray="3 2.6" />
    </svg>
  );
}

function LucideIcon({ name }: { name: string }) {
  // One promise per name: once React has seen it settle, later renders read it synchronously,
  // and the component's identity stays stable.
  const icon = use(loadIcon(name));
  return icon ? createElement(icon, { size: 16 }) : <NeutralIcon />;
}

/** Decorative: the entry's label names it. `color` must already be validated. */
export function NavIcon({ name, color }: { name: string | undefined; color: string | undefined }) {
  return (
    <span className="nav-icon" aria-hidden="true" style={color ? { color } : undefined}>
      {name && hasIcon(name) ? (
        <Suspense fallback={<NeutralIcon />}>
          <LucideIcon name={name} />
        </Suspense>
      ) : (
        <NeutralIcon />
      )}
    </span>
  );
}
