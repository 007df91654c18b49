// Entry point of the renderer: styles, contributions, then the workbench.
import '@vscode/codicons/dist/codicon.css';
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
import { App } from './workbench/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
}
