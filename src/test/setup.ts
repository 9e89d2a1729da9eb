import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installDialogPolyfill } from './dialog-polyfill';

// Component tests (jsdom), after setup-node.ts. A worker keeps one jsdom window for all its
// files: what a test leaves in the document goes here (the rendered tree: cleanup), the rest of
// the reset is setup-node.ts's. jsdom does not lay out, so it has no scrolling.
if (!('scrollIntoView' in Element.prototype)) {
  Object.assign(Element.prototype, { scrollIntoView: () => undefined });
}
installDialogPolyfill();
// Like the test timeout (vite.config.ts): a busy machine can take seconds to render a page.
configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);
