import { Link } from 'react-router';
import type { OrgContext } from '../../api/contract/active-org';

type Subscription = OrgContext['subscription'];

const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
function formatDay(value: string | undefined): string | undefined {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? day.format(date) : undefined;
}

const STATUS_NAMES: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Past due',
  canceled: 'Canceled',
  inactive: 'Inactive',
};
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The subscription as term/value pairs; what the server did not send is left out. */
export function subscriptionFacts(subscription: Subscription): [string, string][] {
  if (!subscription) return [['Plan', 'No subscription']];
  const plan = subscription.name ?? subscription.plan;
  const status = subscription.status;
  const facts: [string, string | undefined][] = [
    ['Plan', plan ? capitalize(plan) : undefined],
    ['Tier', subscription.tier ? capitalize(subscription.tier) : undefined],
    [
      'Status',
      status ? (STATUS_NAMES[status] ?? capitalize(status.replace(/_/g, ' '))) : undefined,
    ],
    ['Started', formatDay(subscription.startedAt)],
    [status === 'trialing' ? 'Trial ends' : 'Ends', formatDay(subscription.expiresAt)],
  ];
  return facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
}

type BannerProps = { subscription: Subscription; billingPath: string | undefined };

/** Says so when the subscription needs attention: a trial (with its end), past due, canceled. */
export function SubscriptionBanner({ subscription, billingPath }: BannerProps) {
  const status = subscription?.status;
  const ends = formatDay(subscription?.expiresAt);
  let text: string;
  let tone: 'info' | 'danger';
  if (status === 'trialing') {
    text = ends
      ? `This organization is on a trial that ends on ${ends}.`
      : 'This organization is on a trial.';
    tone = 'info';
  } else if (status === 'past_due') {
    // Only someone the menu leads to billing can act on it.
    text = `Payment for this organization is past due. ${
      billingPath
        ? 'Update the billing details'
        : 'Someone who manages its billing needs to update the billing details'
    } to keep access.`;
    tone = 'danger';
  } else if (status === 'canceled') {
    text = ends
      ? `This organization's subscription is canceled and ends on ${ends}.`
      : "This organization's subscription is canceled.";
    tone = 'danger';
  } else return null;
  return (
    <div className={`home-banner home-banner-${tone}`} role="status">
      <p>{text}</p>
      {billingPath && (
        <Link to={billingPath} className="button">
          Go to billing
        </Link>
      )}
    </div>
  );
}
