// Imported first by main.tsx: the start-up reads leave before React, Lexical and the features evaluate.
import { beginStartupReads } from './startupReads';

void beginStartupReads().catch(() => undefined);
