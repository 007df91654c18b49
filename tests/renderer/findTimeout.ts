// Setup file of the component tests. Testing Library's findBy/waitFor give up after 1 s by default;
// a first render against the real store takes longer on a loaded two-core machine (CI runs the
// end-to-end files beside these), which made a sound test fail. A test still waits only as long as
// the page needs: this is the ceiling, not a pause.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
