const preview = Number(process.env.E2E_PREVIEW_PORT ?? 4173);

/** Ports of the servers the e2e suite starts; override to run two suites side by side. */
export const E2E_PORTS = {
  mock: Number(process.env.E2E_MOCK_PORT ?? 4010),
  preview,
  dev: Number(process.env.E2E_DEV_PORT ?? 5173),
  /** The preview of each backend profile's build (dist-e2e-<profile>). */
  profiles: { aitronos: preview + 1, slugbase: preview + 2, dual: preview + 3 },
  /** The preview of the demo build (dist-demo, VITE_API_MOCKING=on). */
  demo: preview + 4,
  /** nginx serving dist-e2e-nginx with deploy/'s configuration. */
  nginx: Number(process.env.E2E_NGINX_PORT ?? 4330),
  /** The preview of dist-e2e-oidc (its config.json picks OIDC sign-in), and the test OpenID provider. */
  oidcPreview: preview + 5,
  oidcProvider: Number(process.env.E2E_OIDC_PORT ?? 4830),
};

export type E2eProfile = keyof typeof E2E_PORTS.profiles;
