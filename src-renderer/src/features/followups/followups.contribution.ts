// The follow-ups feature's one entry point: the view of open action items, its command, its
// activity-bar badge (overdue count) and the status-bar item. The view loads in its own chunk.
import { registerCommands, registerStatusItem, registerView } from '../../workbench/registry';
import { lazyPart } from '../../ui/lazyPart';
import { FOLLOWUPS_VIEW_ID, followupsCommands } from './followupsCommands';
import { OverdueStatusItem } from './OverdueStatusItem';
import { useOverdueCount } from '../../ui/useFollowUps';

const FollowUpsView = lazyPart(() => import('./FollowUpsView').then((m) => m.FollowUpsView));

registerCommands(followupsCommands());
registerView({
  id: FOLLOWUPS_VIEW_ID,
  title: 'Follow-ups',
  icon: 'checklist',
  order: 30,
  component: FollowUpsView,
  useBadge: () => useOverdueCount() || null,
});
registerStatusItem({
  id: 'followups.overdue',
  side: 'left',
  order: 10,
  component: OverdueStatusItem,
});
