import { describe, expect, it } from 'vitest';
import { shortName } from './short-name';

describe('shortName', () => {
  it('keeps a name that fits', () => {
    expect(shortName('Acme Corporation', 16)).toBe('Acme Corporation');
  });

  it('cuts a long name to max characters, the last one an ellipsis', () => {
    expect(shortName('Acme Corporation', 5)).toBe('Acme…');
  });

  it('counts a flag or an emoji family as one character and never cuts one in half', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const flag = '\u{1F1E8}\u{1F1ED}';
    expect(shortName(`${flag}${family}ab`, 4)).toBe(`${flag}${family}ab`);
    expect(shortName(`ab${flag}${family}cd`, 4)).toBe(`ab${flag}…`);
  });
});
