import { describe, expect, it } from 'vitest';
import { hasIcon, loadIcon } from './icon-loader';

describe('loadIcon', () => {
  it('loads a supported lucide icon by name, once', async () => {
    expect(await loadIcon('folder')).toBeTruthy();
    expect(loadIcon('folder')).toBe(loadIcon('folder'));
  });

  it.each(['no-such-icon', 'zoom-out', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'has no icon called %j',
    async (name) => {
      expect(hasIcon(name)).toBe(false);
      expect(await loadIcon(name)).toBeNull();
    },
  );
});
