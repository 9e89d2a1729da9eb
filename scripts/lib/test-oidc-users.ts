// The test OpenID provider's users are the mock personas (README "Signing in").
import { PERSONAS } from '../../src/mocks/seed';

/** Every test user's password. */
export const TEST_PASSWORD = 'console-test';

/** A persona's username: its id without "usr_" (olivia, sam, nora, max, hal, harriet). */
export const usernameOf = (personaId: string) => personaId.replace(/^usr_/, '');

export function personaByUsername(username: string) {
  return PERSONAS.find((persona) => usernameOf(persona.id) === username);
}
