// Follows storage events from other tabs: needs a window (jsdom, like the component tests).
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { rotateCredential, setCredential } from '../../api/credential';
import { followSessionChanges } from './follow-session-changes';

describe('followSessionChanges', () => {
  it('drops what the previous session fetched when someone else signs in', () => {
    setCredential('user-a');
    const client = new QueryClient();
    const stop = followSessionChanges(client);
    client.setQueryData(['active-org'], { org: 'of user a' });

    rotateCredential('user-a-rotated');
    expect(client.getQueryData(['active-org'])).toEqual({ org: 'of user a' });

    setCredential('user-b');
    expect(client.getQueryData(['active-org'])).toBeUndefined();
    stop();
  });
});
