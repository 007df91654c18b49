// The conversation pane's side panels: since last time, anticipated questions, the preparation
// checklist and the action plan. Each loads in its own chunk when a conversation first shows it.
import { lazyPart } from '../../../ui/lazyPart';
import { registerConversationSection } from '../sections';

registerConversationSection({
  id: 'sinceLastTime',
  title: 'Since last time',
  order: 30,
  component: lazyPart(() => import('./SinceLastTimeSection').then((m) => m.SinceLastTimeSection)),
});
registerConversationSection({
  id: 'anticipated',
  title: 'Anticipated questions',
  order: 40,
  component: lazyPart(() => import('./AnticipatedSection').then((m) => m.AnticipatedSection)),
});
registerConversationSection({
  id: 'checklist',
  title: 'Preparation checklist',
  order: 50,
  component: lazyPart(() => import('./ChecklistSection').then((m) => m.ChecklistSection)),
});
registerConversationSection({
  id: 'actions',
  title: 'Action plan',
  order: 60,
  component: lazyPart(() => import('./ActionPlanSection').then((m) => m.ActionPlanSection)),
});
