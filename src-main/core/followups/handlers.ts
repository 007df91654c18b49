// The action-item and follow-up channels → the actions service.
import type { Handlers } from '../../shared/contract';
import type { followupChannels } from '../../shared/followups/followupChannels';
import type { ActionsService } from './actionsService';

export function followupHandlers(s: {
  actions: ActionsService;
}): Handlers<keyof typeof followupChannels> {
  return {
    'actions.add': s.actions.add,
    'actions.update': s.actions.update,
    'actions.remove': s.actions.remove,
    'followups.list': s.actions.followUps,
  };
}
