// Your data in and out: export everything, import, back up now, restore from a backup.
// Light on purpose: each action loads its own small chunk when it runs.
import { registerCommands, registerEditor } from '../../workbench/registry';
import { openEditor } from '../../workbench/store';
import { lazyPart } from '../../ui/lazyPart';

export const IMPORT_INPUT = { type: 'data.import', id: 'import' } as const;

registerEditor({
  type: IMPORT_INPUT.type,
  label: 'Import',
  component: lazyPart(() => import('./ImportPane').then((m) => m.ImportPane)),
});

registerCommands([
  {
    id: 'data.exportEverything',
    title: 'Ladder: Export Everything...',
    run: () => import('./exportAction').then((m) => m.exportEverything()),
  },
  { id: 'data.import', title: 'Ladder: Import...', run: () => openEditor(IMPORT_INPUT) },
  {
    id: 'backup.now',
    title: 'Ladder: Back Up Now',
    run: () => import('./backupActions').then((m) => m.backUpNow()),
  },
  {
    id: 'backup.restore',
    title: 'Ladder: Restore from Backup...',
    run: () => import('./backupActions').then((m) => m.restoreFromBackup()),
  },
]);
