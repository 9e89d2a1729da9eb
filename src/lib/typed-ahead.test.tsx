import { describe, expect, it } from 'vitest';
import { createTypedAhead } from './typed-ahead';

/** Presses a key on the page; whether anything took it (prevented its default). */
function press(key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('createTypedAhead', () => {
  it('keeps the characters typed between start and stop, and nothing else', () => {
    const typedAhead = createTypedAhead();
    let heard = 0;
    typedAhead.subscribe(() => heard++);
    expect(press('x')).toBe(false);
    typedAhead.start();
    expect([press('z'), press(' '), press('u')]).toEqual([true, true, true]);
    // Arrows, Enter and shortcuts go on to the page.
    expect([press('ArrowDown'), press('Enter'), press('k', { ctrlKey: true })]).toEqual([
      false,
      false,
      false,
    ]);
    typedAhead.stop();
    expect(press('r')).toBe(false);
    expect(typedAhead.text()).toBe('z u');
    expect(heard).toBe(3);
  });

  it('starts afresh each time it starts', () => {
    const typedAhead = createTypedAhead();
    typedAhead.start();
    press('a');
    typedAhead.stop();
    typedAhead.start();
    press('b');
    typedAhead.stop();
    expect(typedAhead.text()).toBe('b');
  });
});
