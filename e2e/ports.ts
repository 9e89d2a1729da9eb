const preview = Number(process.env.E2E_PREVIEW_PORT ?? 4173);

/** Ports of the servers the e2e suite starts; override to run two suites side by side. */
export const E2E_PORTS = {
  mock: Number(process.env.E2E_MOCK_PORT ?? 4010),
  preview,
  dev: Number(process.env.E2E_DEV_PORT ?? 5173),
  /** The preview of each backend profile's build (dist-e2e-<profile>). */
  profiles: { aitronos: preview + 1, slugbase: preview + 2, dual: preview + 3 },
  /** The preview of the OIDC-mode build (dist-e2e-oidc), and the test OpenID provider. */
  oidcPreview: preview + 4,
  oidcProvider: Number(process.env.E2E_OIDC_PORT ?? 4830),
  /** The preview of the build `npm run test:e2e:remote` makes (dist-e2e-remote). */
  remote: preview + 5,
};

export type E2eProfile = keyof typeof E2E_PORTS.profiles;
