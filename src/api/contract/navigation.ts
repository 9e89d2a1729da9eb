import * as z from 'zod/mini';
import { lenientList } from './lenient-list';

export type MenuFeature = {
  type: 'agent' | 'template';
  id: string;
  label?: string;
  agentId?: string;
  templateId?: string;
  permissions: string[];
};

type EntryBase = {
  id: string;
  label?: string;
  icon?: string;
  color?: string;
  badge?: string;
  permissions: string[];
  features: MenuFeature[];
};

export type MenuItem = EntryBase & {
  type: 'item';
  href?: string;
  target?: '_self' | '_blank' | undefined;
};
export type MenuCategory = EntryBase & {
  type: 'category';
  expanded?: boolean;
  items: MenuEntry[];
};
export type MenuDivider = { type: 'divider'; id: string };
export type MenuEntry = MenuItem | MenuCategory | MenuDivider;

// JSON has no `undefined`: an absent key stays absent.
const text = z.exactOptional(z.string());
const stringList = z._default(lenientList(z.string()), []);

const FeatureSchema: z.ZodMiniType<MenuFeature> = z.object({
  type: z.enum(['agent', 'template']),
  id: z.string(),
  label: text,
  agentId: text,
  templateId: text,
  permissions: stringList,
});

const entryBase = {
  id: z.string(),
  label: text,
  icon: text,
  color: text,
  badge: text,
  permissions: stringList,
  features: z._default(lenientList(FeatureSchema), []),
};

const ItemSchema = z.object({
  ...entryBase,
  type: z.literal('item'),
  href: text,
  // An unknown target from a newer server means "default", not an error.
  target: z.catch(z.optional(z.enum(['_self', '_blank'])), undefined),
});

const DividerSchema = z.object({ type: z.literal('divider'), id: z.string() });

export const MenuEntrySchema: z.ZodMiniType<MenuEntry> = z.lazy(() =>
  z.discriminatedUnion('type', [ItemSchema, CategorySchema, DividerSchema]),
);

const CategorySchema = z.object({
  ...entryBase,
  type: z.literal('category'),
  expanded: z.exactOptional(z.boolean()),
  items: z._default(
    z.lazy(() => lenientList(MenuEntrySchema)),
    [],
  ),
});

const entries = z._default(lenientList(MenuEntrySchema), []);

/** docs/contract.md "Navigation": the org's menu, footer and quick actions. */
export const NavigationSchema = z.object({
  version: z.optional(z.number()),
  homePage: z.optional(z.string()),
  menu: entries,
  footer: entries,
  quickActions: entries,
});

export type Navigation = z.infer<typeof NavigationSchema>;
