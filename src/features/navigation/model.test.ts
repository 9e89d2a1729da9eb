import { describe, expect, it } from 'vitest';
import {
  NavigationSchema,
  type MenuEntry,
  type MenuFeature,
  type Navigation,
} from '../../api/contract/navigation';
import {
  buildNavigation,
  buildQuickActions,
  isLargeNavigation,
  MAX_DEPTH,
  type NavNode,
} from './model';

const item = (id: string, permissions: string[] = [], extra: object = {}): MenuEntry => ({
  id,
  type: 'item',
  label: id,
  href: `/${id}`,
  permissions,
  features: [],
  ...extra,
});
const category = (id: string, items: MenuEntry[], extra: object = {}): MenuEntry => ({
  id,
  type: 'category',
  label: id,
  permissions: [],
  features: [],
  items,
  ...extra,
});
const divider = (id: string): MenuEntry => ({ id, type: 'divider' });
const nav = (menu: MenuEntry[], rest: Partial<Navigation> = {}): Navigation => ({
  menu,
  footer: [],
  quickActions: [],
  ...rest,
});

/** The tree as a compact outline: labels, `-` for dividers, nested arrays for categories. */
type Outline = string | [string, Outline[]];
function outline(nodes: NavNode[]): Outline[] {
  return nodes.map((node) =>
    node.kind === 'divider'
      ? '-'
      : node.kind === 'category'
        ? [node.label, outline(node.children)]
        : node.label,
  );
}
const menuOf = (navigation: Navigation, permissions: string[]) =>
  outline(buildNavigation(navigation, permissions, 'acme').menu);

describe('the permission filter', () => {
  it.each([
    { required: [], granted: [], shown: true },
    { required: ['a'], granted: [], shown: false },
    { required: ['a'], granted: ['a'], shown: true },
    { required: ['a', 'b'], granted: ['a'], shown: false },
    { required: ['a', 'b'], granted: ['b', 'a', 'c'], shown: true },
    // The documents define no wildcard: `*` is a permission like any other.
    { required: ['a', 'b'], granted: ['*'], shown: false },
    { required: ['*'], granted: ['a'], shown: false },
    { required: ['<string>'], granted: ['<string>'], shown: true },
    { required: ['workspaces.read'], granted: ['workspaces:read'], shown: false },
    { required: ['A'], granted: ['a'], shown: false },
  ])('requires $required, granted $granted: shown $shown', ({ required, granted, shown }) => {
    expect(menuOf(nav([item('x', required)]), granted)).toEqual(shown ? ['x'] : []);
  });
});

describe('pruning and dividers', () => {
  it.each<[string, MenuEntry[], string[], Outline[]]>([
    ['empty category dropped', [category('c', [item('a', ['p'])]), item('b')], [], ['b']],
    [
      'category kept with one child',
      [category('c', [item('a', ['p']), item('b')])],
      [],
      [['c', ['b']]],
    ],
    ['category of only dividers dropped', [category('c', [divider('d1')]), item('b')], [], ['b']],
    [
      'nested empty categories dropped',
      [category('c', [category('d', [item('a', ['p'])])])],
      [],
      [],
    ],
    [
      'category needs its own permission',
      [category('c', [item('a')], { permissions: ['p'] })],
      [],
      [],
    ],
    ['leading divider', [divider('d'), item('a')], [], ['a']],
    ['trailing divider', [item('a'), divider('d')], [], ['a']],
    ['double divider', [item('a'), divider('d1'), divider('d2'), item('b')], [], ['a', '-', 'b']],
    ['divider left alone by filtering', [item('a', ['p']), divider('d'), item('b')], [], ['b']],
    [
      'dividers around a hidden item',
      [item('a'), divider('d1'), item('x', ['p']), divider('d2'), item('b')],
      [],
      ['a', '-', 'b'],
    ],
    ['only dividers', [divider('d1'), divider('d2')], [], []],
    [
      'dividers inside a category',
      [
        category('c', [
          divider('d0'),
          item('a'),
          divider('d1'),
          divider('d2'),
          item('x', ['p']),
          divider('d3'),
        ]),
      ],
      [],
      [['c', ['a']]],
    ],
    [
      'holding every permission shows everything',
      [item('a', ['p']), divider('d'), item('b', ['q'])],
      ['q', 'p'],
      ['a', '-', 'b'],
    ],
  ])('%s', (_, menu, permissions, expected) => {
    expect(menuOf(nav(menu), permissions)).toEqual(expected);
  });

  it('keeps the expanded flag, defaulting to expanded', () => {
    const tree = buildNavigation(
      nav([category('open', [item('a')]), category('closed', [item('b')], { expanded: false })]),
      [],
      'acme',
    );
    expect(tree.menu.map((node) => node.kind === 'category' && node.expanded)).toEqual([
      true,
      false,
    ]);
  });
});

describe('features', () => {
  const feature = (
    id: string,
    permissions: string[],
    label: string | undefined = id,
  ): MenuFeature => ({
    type: 'agent',
    id,
    label,
    permissions,
  });
  it.each([
    { granted: [], labels: ['open'] },
    { granted: ['agents:use'], labels: ['open', 'agent'] },
    { granted: ['templates:use', 'agents:use'], labels: ['open', 'agent', 'both'] },
  ])('granted $granted shows $labels', ({ granted, labels }) => {
    const features = [
      feature('open', []),
      feature('agent', ['agents:use']),
      feature('both', ['agents:use', 'templates:use']),
      feature('unlabelled', [], '  '),
    ];
    const [node] = buildNavigation(nav([item('a', [], { features })]), granted, 'acme').menu;
    expect(node?.kind === 'item' && node.features.map((f) => f.label)).toEqual(labels);
  });
});

describe('items', () => {
  it('links internal paths under the org and external ones as they are', () => {
    const tree = buildNavigation(
      nav([item('a'), item('b', [], { href: 'https://example.com/x', target: '_blank' })]),
      [],
      'my org',
    );
    expect(tree.menu).toMatchObject([
      { target: { kind: 'internal', to: '/o/my%20org/a', path: 'a', newTab: false } },
      { target: { kind: 'external', href: 'https://example.com/x', newTab: true } },
    ]);
  });

  it.each([
    ['no href', { href: undefined }],
    ['javascript:', { href: 'javascript:alert(1)' }],
    ['protocol-relative', { href: '//evil.example' }],
    ['no label', { label: undefined }],
    ['blank label', { label: ' \n ' }],
  ])('skips an item with %s', (_, extra) => {
    expect(menuOf(nav([item('a', [], extra), item('b')]), [])).toEqual(['b']);
  });

  it('keeps valid colors and icon names only', () => {
    const tree = buildNavigation(
      nav([
        item('a', [], { color: '#0f766e', icon: 'folder' }),
        item('b', [], { color: 'red;background:url(x)', icon: '<svg onload=alert(1)>' }),
        item('c', [], { color: 'expression(alert(1))', icon: '__proto__' }),
      ]),
      [],
      'acme',
    );
    expect(tree.menu.map((node) => node.kind !== 'divider' && [node.color, node.icon])).toEqual([
      ['#0f766e', 'folder'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('keeps HTML in labels and badges as text', () => {
    const [node] = buildNavigation(
      nav([item('a', [], { label: '<script>x</script>', badge: '<b>new</b>' })]),
      [],
      'acme',
    ).menu;
    expect(node).toMatchObject({ label: '<script>x</script>', badge: '<b>new</b>' });
  });
});

describe('untrusted shapes', () => {
  it('skips unknown entry types, in the schema and in the model', async () => {
    const parsed = await NavigationSchema.parseAsync({
      menu: [{ id: 'x', type: 'carousel', label: 'x' }, item('a')],
    });
    expect(menuOf(parsed, [])).toEqual(['a']);
    const raw = nav([{ id: 'y', type: 'carousel', label: 'y' } as never, item('b')]);
    expect(menuOf(raw, [])).toEqual(['b']);
  });

  it('gives duplicate ids unique keys across the whole navigation', () => {
    const tree = buildNavigation(
      nav([item('a'), item('a'), category('a', [item('a')]), divider('a'), item('b')], {
        footer: [item('a')],
      }),
      [],
      'acme',
    );
    const keys: string[] = [];
    const collect = (nodes: NavNode[]) =>
      nodes.forEach((node) => {
        keys.push(node.key);
        if (node.kind === 'category') collect(node.children);
      });
    collect(tree.menu);
    collect(tree.footer);
    expect(keys).toHaveLength(7);
    expect(new Set(keys).size).toBe(7);
  });

  it(`drops entries nested deeper than ${MAX_DEPTH} levels, without a crash`, () => {
    let entry: MenuEntry = item('leaf-20');
    for (let level = 19; level >= 1; level -= 1) {
      entry = category(`level-${level}`, [item(`leaf-${level}`), entry]);
    }
    const tree = buildNavigation(nav([entry]), [], 'acme');
    let depth = 0;
    let nodes: NavNode[] = tree.menu;
    while (nodes.length > 0) {
      depth += 1;
      nodes = nodes.flatMap((node) => (node.kind === 'category' ? node.children : []));
    }
    expect(depth).toBe(MAX_DEPTH);
    expect(JSON.stringify(tree)).toContain('leaf-5');
    expect(JSON.stringify(tree)).not.toContain('leaf-6');
  });

  it('handles a 5,000-entry config', () => {
    const menu = Array.from({ length: 5000 }, (_, index) =>
      index % 10 === 9
        ? divider(`d${index}`)
        : item(`e${index % 100}`, index % 3 === 0 ? ['p'] : []),
    );
    const started = performance.now();
    const tree = buildNavigation(nav(menu), [], 'acme');
    expect(performance.now() - started).toBeLessThan(1000);
    const labels = outline(tree.menu);
    expect(labels.filter((label) => label !== '-')).toHaveLength(3000);
    expect(labels[0]).not.toBe('-');
    expect(labels.at(-1)).not.toBe('-');
    expect(labels.some((label, index) => label === '-' && labels[index + 1] === '-')).toBe(false);
  });

  it('collects quick actions as items, flattening categories and dropping dividers', () => {
    const tree = buildNavigation(
      nav([], {
        quickActions: [item('a'), divider('d'), category('c', [item('b'), item('x', ['p'])])],
      }),
      [],
      'acme',
    );
    expect(tree.quickActions.map((action) => action.label)).toEqual(['a', 'b']);
  });

  it('builds the quick actions alone as the whole tree has them', () => {
    const navigation = nav([item('a')], {
      quickActions: [item('a'), item('q', ['p']), category('c', [item('b'), item('a')])],
    });
    const alone = buildQuickActions(navigation, ['p'], 'acme');
    expect(alone.map(({ label, target }) => ({ label, target }))).toEqual(
      buildNavigation(navigation, ['p'], 'acme').quickActions.map(({ label, target }) => ({
        label,
        target,
      })),
    );
    expect(new Set(alone.map((action) => action.key)).size).toBe(alone.length);
  });
});

describe('one walk per answer', () => {
  it('gives the same tree for the same answer, permissions and org, and a new one otherwise', () => {
    const navigation = nav([item('a'), item('b', ['p'])]);
    const granted = ['p'];
    const tree = buildNavigation(navigation, granted, 'acme');
    expect(buildNavigation(navigation, granted, 'acme')).toBe(tree);
    expect(outline(buildNavigation(navigation, [], 'acme').menu)).toEqual(['a']);
    expect(buildNavigation(navigation, granted, 'globex')).not.toBe(tree);
    expect(outline(buildNavigation(nav([item('a')]), granted, 'acme').menu)).toEqual(['a']);
  });

  it('tells a large menu by its entries at any depth', () => {
    const nested = nav([category('c', [item('a'), item('b'), category('d', [item('e')])])]);
    expect(isLargeNavigation(nested, 5)).toBe(false);
    expect(isLargeNavigation(nested, 4)).toBe(true);
    expect(isLargeNavigation(nav([], { footer: [item('a'), item('b')] }), 1)).toBe(true);
  });
});
