import { describe, expect, it } from 'vitest';
import { credentialProblem } from './credential-problem';

describe('credentialProblem', () => {
  it('accepts a printable ASCII token', () => {
    expect(credentialProblem('sb_abc.DEF-123_~')).toBeNull();
  });

  it.each([
    ['abc\u200bdef', 'a zero-width space at position 4'],
    ['\u201cabc\u201d', 'a curly quote (“) at position 1'],
    ['ab\u2019c', 'a curly quote (’) at position 3'],
    ['ab c', 'a space at position 3'],
    ['abcé', 'the character U+00E9 at position 4'],
  ])('names what is wrong in %j', (token, expected) => {
    const problem = credentialProblem(token) ?? '';
    expect(problem).toContain(expected);
    expect(problem).not.toContain(token);
  });
});
