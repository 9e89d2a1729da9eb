/** A mock-backend user offered on the sign-in page when mocking is on. */
export type Persona = { id: string; name: string; description: string; token: string };
