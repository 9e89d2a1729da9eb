import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../../api/contract/active-org';
import { mockBackend, mockServer } from '../../mocks/node';
import { openSettings, recordUpdates, saveButton } from '../../test/org-settings-kit';
import { activeOrgKey } from '../active-org/org-keys';

const LABELS = [
  'Name',
  'Address line 1',
  'Address line 2',
  'City',
  'ZIP / Postal code',
  'State / Province',
  'Country',
  'Phone',
  'Business organization',
  'Enforce multi-factor authentication',
  'Domain',
  'Website',
  'Repositories disabled',
];

describe('organization settings: editing', () => {
  it('shows every field, with the platform-managed ones read-only', async () => {
    await openSettings();
    for (const label of LABELS) expect(screen.getByLabelText(label)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Acme Corporation');
    expect(screen.getByLabelText('Domain')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Website')).toHaveValue('https://acme.example.com');
    expect(screen.queryByLabelText('Deleted at')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');
  });

  it('finds a country by typing part of its name, without accents, and keeps the choice on Escape', async () => {
    const user = userEvent.setup();
    await openSettings();
    const country = screen.getByRole('combobox', { name: 'Country' });
    await user.click(country);
    expect(country).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('reunio');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['RéunionRE']);
    await user.keyboard('{Escape}');
    expect(country).toHaveValue('United States');
    await user.click(country);
    await user.keyboard('germ{Enter}');
    expect(country).toHaveValue('Germany');
    expect(country).toHaveAttribute('aria-expanded', 'false');
    expect(saveButton()).toBeEnabled();
  });

  it('enables Save only while values differ from the server, and Discard restores them', async () => {
    const user = userEvent.setup();
    await openSettings();
    expect(saveButton()).toBeDisabled();
    const city = screen.getByLabelText('City');
    const before = (city as HTMLInputElement).value;
    await user.type(city, 'X');
    expect(saveButton()).toBeEnabled();
    await user.type(city, '{Backspace}');
    expect(saveButton()).toBeDisabled();
    await user.type(city, '   ');
    expect(saveButton()).toBeDisabled();

    await user.clear(city);
    await user.type(city, 'Elsewhere');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(city).toHaveValue(before);
    expect(saveButton()).toBeDisabled();
  });

  it('sends only the changed fields, trimmed, and announces success', async () => {
    const user = userEvent.setup();
    const bodies = recordUpdates();
    await openSettings();
    await user.clear(screen.getByLabelText('City'));
    await user.type(screen.getByLabelText('City'), '  Ogdenville ');
    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '+1 555 0100');
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.keyboard('cana');
    await user.click(screen.getByRole('option', { name: /^Canada/ }));
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Canada');
    await user.click(saveButton());

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Organization updated successfully'),
    );
    await waitFor(() =>
      expect(bodies).toEqual([{ city: 'Ogdenville', phone: '+1 555 0100', country: 'CA' }]),
    );
    expect(screen.getByLabelText('City')).toHaveValue('Ogdenville');
    expect(saveButton()).toBeDisabled();
    expect(mockBackend.db.findOrg('acme')?.details.city).toBe('Ogdenville');
  });

  it('shows a new name in the active org at once, without refetching it', async () => {
    const user = userEvent.setup();
    const { queryClient } = await openSettings();
    let activeOrgReads = 0;
    mockServer.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && request.url.endsWith('/v2/user/active-org')) activeOrgReads++;
    });
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Acme Ltd');
    await user.click(saveButton());
    await screen.findByText('Organization updated successfully');

    const activeOrg = queryClient.getQueryData<ActiveOrg>(activeOrgKey);
    expect(activeOrg?.org?.name).toBe('Acme Ltd');
    expect(activeOrg?.organizations.find((o) => o.slug === 'acme')?.name).toBe('Acme Ltd');
    expect(screen.getByText(/The details of Acme Ltd/)).toBeInTheDocument();
    expect(activeOrgReads).toBe(0);
  });

  it('shows errors next to their fields, focuses the first and sends nothing', async () => {
    const user = userEvent.setup();
    const bodies = recordUpdates();
    await openSettings();
    await user.type(screen.getByLabelText('Phone'), 'call me');
    await user.clear(screen.getByLabelText('Name'));
    await user.click(saveButton());

    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter the organization name.');
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(
      /Enter a valid phone number/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Check these fields: Name, Phone.');
    expect(bodies).toEqual([]);

    await user.type(name, 'Acme');
    expect(name).not.toHaveAttribute('aria-invalid');
  });
});

describe('organization settings: MFA', () => {
  it('asks before enforcing MFA; cancelling or Escape leaves it off', async () => {
    const user = userEvent.setup();
    const bodies = recordUpdates();
    await openSettings();
    const mfa = screen.getByRole('checkbox', { name: 'Enforce multi-factor authentication' });

    await user.click(mfa);
    let dialog = screen.getByRole('dialog', { name: 'Require multi-factor authentication?' });
    expect(dialog).toHaveAccessibleDescription(/locked out/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(mfa).not.toBeChecked();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mfa).toHaveFocus();

    await user.click(mfa);
    await user.keyboard('{Escape}');
    expect(mfa).not.toBeChecked();
    expect(saveButton()).toBeDisabled();

    await user.click(mfa);
    dialog = screen.getByRole('dialog', { name: 'Require multi-factor authentication?' });
    await user.click(within(dialog).getByRole('button', { name: 'Enforce MFA' }));
    expect(mfa).toBeChecked();
    await user.click(saveButton());
    await screen.findByText('Organization updated successfully');
    await waitFor(() => expect(bodies).toEqual([{ mfaEnforced: true }]));

    // Turning it off again needs no confirmation.
    await user.click(mfa);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mfa).not.toBeChecked();
  });
});

describe('organization settings: read-only', () => {
  it.each([
    ['initech', 'Member'],
    ['umbrella', 'Viewer'],
  ])('is read-only for a %s %s, with the reason', async (slug, role) => {
    await openSettings(slug);
    expect(
      screen.getByText(
        new RegExp(
          `only owners and administrators can change these details; your role in .+ is ${role}`,
          'i',
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('City')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Country')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Enforce multi-factor authentication')).toBeDisabled();
    expect(screen.getByLabelText('Business organization')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Discard changes' })).not.toBeInTheDocument();
  });
});
