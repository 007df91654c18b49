// Setup file of the core tests' shared workers (isolate=false, in vitest.config.ts and
// vitest.mutation.config.ts): closes the stores and hosts a test opened and removes its temp dirs
// after every test of every file. A helper's own top-level afterEach would reach only the first file
// a worker runs, since the helper module is evaluated once per worker.
import { afterEach } from 'vitest';
import { runCleanups } from './afterEachFile';

afterEach(runCleanups);
