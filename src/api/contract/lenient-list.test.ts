import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { hugeNavigation } from '../../mocks/huge-navigation';
import { lenientList } from './lenient-list';
import { NavigationSchema } from './navigation';

const Entry = z.object({ id: z.string() });
const LIST = [{ id: 'a' }, { id: 1 }, 'b', null, { id: 'c', extra: true }];

/** Counts how often another task ran while `work` was under way. */
async function turnsOthersGot(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turns += 1;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  await work();
  running = false;
  channel.port1.close();
  return turns;
}

describe('lenientList', () => {
  it('keeps the valid elements, drops the others, and refuses what is no list', async () => {
    await expect(lenientList(Entry).parseAsync(LIST)).resolves.toEqual([{ id: 'a' }, { id: 'c' }]);
    await expect(lenientList(Entry).safeParseAsync('no list')).resolves.toMatchObject({
      success: false,
    });
  });

  it('validates a huge navigation whole, giving other work turns while it does', async () => {
    const wire = { menu: hugeNavigation(250).menu, footer: [], quickActions: [] };
    let parsed: z.infer<typeof NavigationSchema> | undefined;
    const turns = await turnsOthersGot(async () => {
      parsed = await NavigationSchema.parseAsync(wire);
    });
    expect(parsed?.menu).toHaveLength(250);
    expect(parsed?.menu[3]).toMatchObject({ type: 'category', label: 'Group 3' });
    // Dividers and items alike, each one validated.
    expect(
      parsed?.menu.flatMap((entry) => (entry.type === 'category' ? entry.items : [])),
    ).toHaveLength(250 * 19);
    expect(turns).toBeGreaterThan(2);
  });
});
