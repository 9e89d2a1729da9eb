import type { ActiveOrg } from '../contract/active-org';

/** The org to switch to: backends that switch by id get `id ?? slug`. */
export type SwitchTarget = { slug: string; id?: string };

/** A profile's switch. null: its answer does not carry the console's context, read it. */
export type SendSwitch = (target: SwitchTarget) => Promise<ActiveOrg | null>;

export const orgIdOf = (target: SwitchTarget): string => target.id ?? target.slug;
