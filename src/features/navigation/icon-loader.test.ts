import { describe, expect, it } from 'vitest';
import { loadIcon } from './icon-loader';

describe('loadIcon', () => {
  it('loads a lucide icon by name, once', async () => {
    expect(await loadIcon('folder')).toBeTruthy();
    expect(loadIcon('folder')).toBe(loadIcon('folder'));
  });

  it.each(['no-such-icon', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'has no icon called %j',
    async (name) => {
      expect(await loadIcon(name)).toBeNull();
    },
  );
});
