// The renderer's first script, tiny on purpose: it sends the start-up reads while the big scripts
// (React, Lexical, the features) are still downloading and compiling.
import { beginStartupReads } from './workbench/startupReads';

void beginStartupReads().catch(() => undefined);
