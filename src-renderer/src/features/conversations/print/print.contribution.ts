// Printing and sharing the agenda: the commands and the print preview editor. Light on purpose: the
// preview and the actions each load in their own chunk on first use.
import { registerCommands, registerEditor } from '../../../workbench/registry';
import { lazyPart } from '../../../ui/lazyPart';
import { printCommands } from './printCommands';
import { PRINT_EDITOR } from './printEditor';

const AgendaPrintPane = lazyPart(() => import('./AgendaPrintPane').then((m) => m.AgendaPrintPane));

registerCommands(printCommands());
registerEditor({ type: PRINT_EDITOR, label: 'Print preview', component: AgendaPrintPane });
