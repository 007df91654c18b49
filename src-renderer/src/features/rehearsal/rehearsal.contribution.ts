// The rehearsal feature's one entry point: its commands, the side-bar view with the due count, and
// the read-only review tab. Everything heavy (the play-through, the summary) loads on first use.
import { lazyPart, whenIdle } from '../../ui/lazyPart';
import { registerCommands, registerEditor, registerView } from '../../workbench/registry';
import { setActiveView, useWorkbench } from '../../workbench/store';
import { useDueBadge } from './dueBadge';
import { HISTORY_HEADING_ID, REHEARSAL_VIEW_ID } from './request';
import './rehearsal.css';

const RehearsalView = lazyPart(() => import('./RehearsalView').then((m) => m.RehearsalView));
const SessionPane = lazyPart(() => import('./SessionPane').then((m) => m.SessionPane));
const flow = () => import('./startFlow');

// The start flow's chunk (settings, play-through) is fetched once the workbench is up and idle, so
// the first rehearsal opens without waiting for it; never before, so it costs the start nothing.
const stopWatching = useWorkbench.subscribe((s) => {
  if (!s.ready) return;
  stopWatching();
  whenIdle(() => void flow().catch(() => undefined));
});

/** Shows the side bar's history list and puts focus on its heading, so the list is the next Tab stop. */
function showHistory(): void {
  setActiveView(REHEARSAL_VIEW_ID);
  let tries = 0;
  const focus = () => {
    const heading = document.getElementById(HISTORY_HEADING_ID);
    if (heading) heading.focus();
    else if (tries++ < 50) requestAnimationFrame(focus);
  };
  requestAnimationFrame(focus);
}

registerView({
  id: REHEARSAL_VIEW_ID,
  title: 'Rehearse',
  icon: 'mortar-board',
  order: 50,
  component: RehearsalView,
  useBadge: useDueBadge,
});
registerEditor({ type: 'rehearsal-session', label: 'Rehearsal', component: SessionPane });
registerCommands([
  {
    id: 'rehearsal.start',
    title: 'Rehearse: Start Rehearsal...',
    run: async () => (await flow()).startRehearsalFlow(),
  },
  {
    id: 'rehearsal.surprise',
    title: 'Rehearse: Surprise Me',
    run: async () => (await flow()).surpriseMe(),
  },
  {
    id: 'rehearsal.practiceDue',
    title: 'Rehearse: Practice Due Questions',
    run: async () => (await flow()).practiceDue(),
  },
  { id: 'rehearsal.showHistory', title: 'Rehearse: Show History', run: showHistory },
]);
