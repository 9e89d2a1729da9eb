import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render-route';
import { SubscriptionBanner } from './subscription';

function banner(status: string, billingPath?: string) {
  renderRoutes(
    [
      {
        path: '/',
        element: (
          <SubscriptionBanner
            subscription={{ status, expiresAt: '2026-12-31T00:00:00Z' }}
            billingPath={billingPath}
          />
        ),
      },
    ],
    { path: '/' },
  );
}

describe('subscription banner', () => {
  it('asks whoever may open billing to update it, with the way there', () => {
    banner('past_due', '/o/initech/billing');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Payment for this organization is past due. Update the billing details to keep access.',
    );
    expect(screen.getByRole('link', { name: 'Go to billing' })).toHaveAttribute(
      'href',
      '/o/initech/billing',
    );
  });

  it('does not ask a member who cannot open billing to update it', () => {
    banner('past_due');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Payment for this organization is past due. Someone who manages its billing needs to update the billing details to keep access.',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('names the day a trial ends', () => {
    banner('trialing');
    expect(screen.getByRole('status')).toHaveTextContent(
      'This organization is on a trial that ends on December 31, 2026.',
    );
  });

  it('says nothing for an active subscription', () => {
    banner('active', '/o/acme/billing');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
