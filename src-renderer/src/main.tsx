// Entry point of the renderer: start-up reads first, then styles, contributions and the workbench.
import './workbench/boot';
import './styles/codicons.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/workbench.css';
import './styles/quickInput.css';
import './styles/welcome.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query';
import './workbench/workbench.contribution';
import './features/settings/settings.contribution';
import './features/welcome/welcome.contribution';
import './features/journal/journal.contribution';
import './features/search/search.contribution';
import './features/lock/lock.contribution';
import './features/rehearsal/rehearsal.contribution';
import './features/voice/voice.contribution';
import './features/questions/questions.contribution';
import './features/conversations/conversations.contribution';
import './features/conversations/print/print.contribution';
import './features/followups/followups.contribution';
import './features/data/data.contribution';
import { App } from './workbench/App';
import { prepareWorkbench } from './workbench/startup';
import { startupListSettled, startupReadsSettled } from './workbench/startupReads';
import { keepTokenSoon } from './api/client';
import { whenIdle } from './ui/lazyPart';

// The first render waits for the restored layout: the reads boot.ts sent (a few ms) and the chunks of
// the restored panes. Drawing the empty shell first only pushes those answers, and so the restored
// editor, further back on the busy main thread. The limit keeps a slow answer from hiding the window.
const root = document.getElementById('root');
if (root) {
  const limit = new Promise<void>((resolve) => setTimeout(resolve, 400));
  void Promise.race([startupReadsSettled(400).then(prepareWorkbench), limit]).then(() => {
    createRoot(root).render(
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>,
    );
    // Browser mode's token leaves the address bar once the start is drawn (a frame painted after
    // the journal list's reads), so its synchronous storage write cannot hold back the first frame.
    void startupListSettled().then(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => whenIdle(keepTokenSoon))),
    );
  });
}
