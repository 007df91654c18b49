// The launch every browser-mode e2e file repeated: build once, start the app on a fresh journal, open
// Chromium, and stop both after the file's last test. Call it at the top of a describeE2E body; a
// file's own beforeAll (seeding) runs after it, its own afterAll before it.
import { afterAll, beforeAll } from 'vitest';
import {
  ensureBuilt,
  launchBrowser,
  startApp,
  type BrowserSession,
  type RunningApp,
} from './harness';

export function startAppAndBrowser(
  started: (session: { app: RunningApp; browser: BrowserSession }) => void,
): void {
  let app: RunningApp | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    app = await startApp();
    browser = await launchBrowser();
    started({ app, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
}
