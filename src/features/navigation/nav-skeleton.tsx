import './navigation.css';

/** Holds the menu's space while the active org loads, so no other org's menu fills it. */
export function NavSkeleton() {
  return (
    <div className="nav-skeleton" aria-hidden="true">
      {[70, 55, 80, 45, 65].map((width) => (
        <span key={width} style={{ width: `${width}%` }} />
      ))}
    </div>
  );
}
