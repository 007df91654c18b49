// Setup file of vitest.mutation.config.ts's shared-worker project (isolate=false): closes the stores
// and hosts a test opened and removes its temp dirs after every test of every file, as the helpers'
// own afterEach does when each file gets fresh modules (the normal `npm test`).
import { afterEach } from 'vitest';
import { runCleanups } from './afterEachFile';

afterEach(runCleanups);
