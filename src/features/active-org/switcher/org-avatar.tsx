import { validColor } from '../../../lib/css-color';
import { orgInitials } from './org-labels';

type OrgAvatarProps = {
  name: string;
  /** The org's brand color (server data: only a plain CSS color is used). */
  color?: string | undefined;
  /** Beside its name in a list: a quiet tile, so the name leads. */
  quiet?: boolean;
  /** The place's own class: the tile's size and shape. */
  className: string;
};

/** An org's initials on a tile; decorative, as its name always stands beside it. */
export function OrgAvatar({ name, color, quiet = false, className }: OrgAvatarProps) {
  return (
    <span
      className={`avatar ${quiet ? 'quiet ' : ''}${className}`}
      aria-hidden="true"
      style={{ backgroundColor: validColor(color) }}
    >
      {orgInitials(name)}
    </span>
  );
}
