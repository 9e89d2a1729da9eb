import { validColor } from '../../../lib/css-color';
import { orgInitials } from './org-labels';

type OrgAvatarProps = {
  name: string;
  /** The org's brand color (server data: only a plain CSS color is used). */
  color?: string | undefined;
  className: string;
};

/** An org's initials on a tile; decorative, as its name always stands beside it. */
export function OrgAvatar({ name, color, className }: OrgAvatarProps) {
  return (
    <span className={className} aria-hidden="true" style={{ backgroundColor: validColor(color) }}>
      {orgInitials(name)}
    </span>
  );
}
