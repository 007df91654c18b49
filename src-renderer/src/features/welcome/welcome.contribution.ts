// The welcome tab and the command that brings it back.
import { registerCommand, registerEditor } from '../../workbench/registry';
import { openEditor } from '../../workbench/store';
import { WELCOME_INPUT } from '../../workbench/startup';
import { lazyPart } from '../../ui/lazyPart';

const WelcomePage = lazyPart(() => import('./WelcomePage').then((m) => m.WelcomePage));

registerEditor({ type: 'welcome', label: 'Welcome', component: WelcomePage });

registerCommand({
  id: 'workbench.welcome',
  title: 'Help: Welcome',
  run: () => openEditor(WELCOME_INPUT),
});
