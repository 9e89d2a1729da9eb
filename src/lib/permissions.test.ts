import { describe, expect, it } from 'vitest';
import { hasPermissions } from './permissions';

describe('hasPermissions', () => {
  it.each([
    { granted: [], required: [], expected: true },
    { granted: ['a:read'], required: ['a:read'], expected: true },
    { granted: ['a:read'], required: ['a:read', 'a:write'], expected: false },
    { granted: ['*'], required: ['a:read', 'b:write'], expected: false },
    { granted: ['*'], required: ['*'], expected: true },
    { granted: ['a.read'], required: ['a:read'], expected: false },
    { granted: ['<string>'], required: ['<string>'], expected: true },
    { granted: ['a:*'], required: ['a:read'], expected: false },
    { granted: ['A:READ'], required: ['a:read'], expected: false },
  ])('$granted grants $required: $expected', ({ granted, required, expected }) => {
    expect(hasPermissions(granted, required)).toBe(expected);
  });
});
