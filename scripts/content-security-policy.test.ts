import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './lib/runtime-config-plugin';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values];
    }),
  );

describe('contentSecurityPolicy', () => {
  it('allows requests to the own origin only, without an API or provider', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
  });

  it("adds the API's and the identity provider's origins to connect-src and nowhere else", () => {
    const policy = contentSecurityPolicy(
      'https://api.example.com/v2',
      'https://id.example.com/realms/acme',
    );
    expect(directives(policy)['connect-src']).toEqual([
      "'self'",
      'https://api.example.com',
      'https://id.example.com',
    ]);
    expect(directives(policy)['form-action']).toEqual(["'self'"]);
    expect(policy.match(/id\.example\.com/g)).toHaveLength(1);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
