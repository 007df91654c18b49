// The action items agreed in conversations and the follow-ups list: names and result types.
import { returns } from '../channelParts';
import type { ActionItem, ConversationDoc, FollowUps } from '../conversations/conversations';

export const followupChannels = {
  'actions.add': returns<ConversationDoc>(),
  'actions.update': returns<ActionItem>(),
  'actions.remove': returns<ConversationDoc>(),
  'followups.list': returns<FollowUps>(),
};
