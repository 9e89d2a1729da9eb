/** Ports of the servers the e2e suite starts; override to run two suites side by side. */
export const E2E_PORTS = {
  mock: Number(process.env.E2E_MOCK_PORT ?? 4010),
  preview: Number(process.env.E2E_PREVIEW_PORT ?? 4173),
  dev: Number(process.env.E2E_DEV_PORT ?? 5173),
};
