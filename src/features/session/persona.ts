import { createContext } from 'react';

/** A mock-backend user offered on the sign-in page when mocking is on. */
export type Persona = { id: string; name: string; description: string; token: string };

/** The personas of the mock backend (none against a real API), for naming who is signed in. */
export const PersonasContext = createContext<readonly Persona[]>([]);
