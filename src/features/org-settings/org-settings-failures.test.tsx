import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getCredential, setCredential } from '../../api/credential';
import { config } from '../../config';
import type { Fault } from '../../mocks/faults';
import { mockBackend, mockServer } from '../../mocks/node';
import { TOKENS } from '../../test/api';
import { openSettings, recordUpdates, saveButton } from '../../test/org-settings-kit';
import { switchOrg } from '../active-org/switch-org';
import { hasUnsavedChanges } from '../active-org/unsaved-changes';
import { orgDetailsKey } from './org-details-query';

const timeoutMs = config.timeoutMs;

const arm = (fault: Fault) => mockBackend.faults.set({ endpoint: 'org:update', fault, times: 1 });

async function typeCityAndPhone() {
  const user = userEvent.setup();
  const city = screen.getByLabelText('City');
  await user.clear(city);
  await user.type(city, 'Ogdenville');
  await user.clear(screen.getByLabelText('Phone'));
  await user.type(screen.getByLabelText('Phone'), '+1 555 0100');
  return user;
}

describe('organization settings: nothing lost', () => {
  it.each<[string, () => void, RegExp]>([
    [
      '400',
      () =>
        mockServer.use(
          http.put('*/organization/:orgId', () =>
            HttpResponse.json(
              { success: false, data: null, message: 'No valid fields to update' },
              { status: 400 },
            ),
          ),
        ),
      /No valid fields to update/,
    ],
    [
      '404',
      () => arm({ type: 'status', status: 404, envelope: 'flashback' }),
      /Organization not found/,
    ],
    [
      '500',
      () => arm({ type: 'status', status: 500, envelope: 'aitronos' }),
      /Internal server error/,
    ],
    ['a network failure', () => arm({ type: 'network' }), /Could not reach the server/],
    [
      'a timeout',
      () => {
        config.timeoutMs = 50;
        arm({ type: 'delay', ms: 400 });
      },
      /did not answer within/,
    ],
  ])('keeps the input after %s, shows why, and a retry succeeds', async (_, inject, message) => {
    await openSettings();
    const user = await typeCityAndPhone();
    inject();
    await user.click(saveButton());

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.getByLabelText('City')).toHaveValue('Ogdenville');
    expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100');
    expect(saveButton()).toBeEnabled();

    mockServer.resetHandlers();
    config.timeoutMs = timeoutMs;
    await user.click(saveButton());
    await screen.findByText('Organization updated successfully');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(mockBackend.db.findOrg('acme')?.details).toMatchObject({
      city: 'Ogdenville',
      phone: '+1 555 0100',
    });
  });

  it('on a 403 keeps the input, shows the server message and turns read-only', async () => {
    await openSettings();
    const user = await typeCityAndPhone();
    const olivia = mockBackend.db.userByCredential(TOKENS.olivia);
    const membership = olivia?.memberships.find((m) => m.orgSlug === 'acme');
    if (membership) membership.role = 'MEMBER';
    await user.click(saveButton());

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Insufficient permissions: only OWNER and ADMINISTRATOR roles can modify organization',
      ),
    );
    await screen.findByText(/your role in Acme Corporation is Member/);
    expect(screen.getByLabelText('City')).toHaveValue('Ogdenville');
    expect(screen.getByLabelText('City')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100');
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('never lets a refetch overwrite a field being edited, and says when the server changed it', async () => {
    const { queryClient } = await openSettings();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('City'), ' Heights');
    const acme = mockBackend.db.findOrg('acme');
    if (!acme) throw new Error('no acme');
    mockBackend.db.updateOrg(acme, { city: 'Capital City', address1: '742 Evergreen Terrace' });

    await act(() => queryClient.invalidateQueries({ queryKey: orgDetailsKey('org_acme') }));
    await screen.findByText(/Someone changed these details while you were editing: City/);
    expect(screen.getByLabelText('City')).toHaveValue('San Francisco Heights');
    // A field the user did not touch follows the server.
    expect(screen.getByLabelText('Address line 1')).toHaveValue('742 Evergreen Terrace');

    await user.click(screen.getByRole('button', { name: 'Keep my changes' }));
    expect(screen.getByLabelText('City')).toHaveValue('San Francisco Heights');
    expect(screen.queryByText(/Someone changed/)).not.toBeInTheDocument();

    mockBackend.db.updateOrg(acme, { city: 'Shelbyville' });
    await act(() => queryClient.invalidateQueries({ queryKey: orgDetailsKey('org_acme') }));
    await user.click(await screen.findByRole('button', { name: 'Load the new values' }));
    expect(screen.getByLabelText('City')).toHaveValue('Shelbyville');
    expect(saveButton()).toBeDisabled();
  });

  it('asks before leaving with unsaved changes, and registers them for the org switcher', async () => {
    const { router } = await openSettings();
    const user = userEvent.setup();
    expect(hasUnsavedChanges()).toBe(false);
    await user.type(screen.getByLabelText('City'), 'x');
    expect(hasUnsavedChanges()).toBe(true);

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await act(() => router.navigate('/o/acme'));
    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(ask).toHaveAccessibleDescription(
      'You have unsaved changes. Leave this page and discard them?',
    );
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('City')).toHaveValue('San Franciscox');

    await act(() => router.navigate('/o/acme'));
    await user.click(await screen.findByRole('button', { name: 'Discard and leave' }));
    expect(await screen.findByRole('heading', { name: 'Org home' })).toBeInTheDocument();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('keeps the draft through a 401, for that person only, and offers it back after signing in again', async () => {
    const { router } = await openSettings();
    const user = await typeCityAndPhone();
    mockServer.use(
      http.put('*/organization/:orgId', () =>
        HttpResponse.json({ success: false, message: 'Token expired' }, { status: 401 }),
      ),
    );
    await user.click(saveButton());
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(getCredential()).toBeNull();
    const stored = Object.keys(sessionStorage).map(
      (key) => `${key}=${sessionStorage.getItem(key) ?? ''}`,
    );
    expect(stored.join('\n')).toContain('Ogdenville');
    // Kept under a name for the person, never under their credential.
    expect(stored.join('\n')).not.toContain(TOKENS.olivia);

    mockServer.resetHandlers();
    act(() => setCredential(TOKENS.olivia));
    await act(() => router.navigate('/o/acme/settings'));
    const offer = await screen.findByRole('region', { name: 'Unsaved changes' });
    expect(offer).toHaveTextContent('Restore your unsaved changes?');
    expect(offer).toHaveTextContent('City, Phone');
    // Nothing is applied unasked.
    expect(screen.getByLabelText('City')).not.toHaveValue('Ogdenville');
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(screen.getByLabelText('City')).toHaveValue('Ogdenville');
    expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100');
    expect(saveButton()).toBeEnabled();
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
  });

  it('offers nobody else the draft, and Discard forgets it', async () => {
    const { router } = await openSettings();
    await typeCityAndPhone();
    const signInWith = async (credential: string | null) => {
      act(() => setCredential(null));
      await screen.findByRole('heading', { name: 'Sign in' });
      act(() => setCredential(credential));
      await act(() => router.navigate('/o/acme/settings'));
      await screen.findByRole('form', { name: 'Organization settings' });
    };
    // Someone else signs in with another credential (which the mock also knows as Olivia).
    const olivia = mockBackend.db.userByCredential(TOKENS.olivia);
    if (!olivia) throw new Error('no Olivia');
    olivia.token = 'another-credential';
    await signInWith('another-credential');
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();

    olivia.token = TOKENS.olivia;
    await signInWith(TOKENS.olivia);
    const offer = await screen.findByRole('region', { name: 'Unsaved changes' });
    await userEvent.click(within(offer).getByRole('button', { name: 'Discard' }));
    await signInWith(TOKENS.olivia);
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
  });

  it('never applies a save for one org to another org after a switch', async () => {
    const { queryClient } = await openSettings();
    const bodies = recordUpdates();
    const user = await typeCityAndPhone();
    arm({ type: 'delay', ms: 150 });
    await user.click(saveButton());

    // Switch while the save is in flight: the server's answer becomes the new context.
    await act(() => switchOrg(queryClient, 'globex'));

    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Globex'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    await waitFor(() =>
      expect(queryClient.getQueryData(orgDetailsKey('org_acme'))).toMatchObject({
        city: 'Ogdenville',
      }),
    );
    expect(screen.getByLabelText('City')).not.toHaveValue('Ogdenville');
    expect(screen.getByLabelText('Phone')).not.toHaveValue('+1 555 0100');
    expect(queryClient.getQueryData(orgDetailsKey('org_globex'))).not.toMatchObject({
      city: 'Ogdenville',
    });
    expect(screen.queryByText('Organization updated successfully')).not.toBeInTheDocument();
  });
});
