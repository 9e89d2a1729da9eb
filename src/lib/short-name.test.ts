import { describe, expect, it } from 'vitest';
import { fullName, oneLine, shortName } from './short-name';

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

describe('oneLine', () => {
  it('keeps 200 characters of a 10,000-character label, quickly', () => {
    const label = `Huge & Hostile ${'Holdings '.repeat(1200)}`.slice(0, 10_000);
    const cut = oneLine(label);
    expect(Array.from(cut)).toHaveLength(200);
    expect(cut.endsWith('…')).toBe(true);
    expect(label.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never cuts a character whose combining marks run past the segmented start', () => {
    const marked = `a${'\u0301'.repeat(5000)}b`;
    expect(oneLine(marked)).toBe('…');
    expect(oneLine('short label')).toBe('short label');
  });
});

describe('fullName', () => {
  it('is the whole label only when oneLine cut it', () => {
    const long = 'label '.repeat(100);
    expect(fullName(long)).toBe(long);
    expect(fullName('Members')).toBeUndefined();
  });
});
