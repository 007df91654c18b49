// The conversation commands, as data. Titles are part of the product: keep them exact.
import type { Command } from '../../workbench/types';
import { setActiveView } from '../../workbench/store';
import {
  activeConversationId,
  addEvidence,
  markHeld,
  newFromTemplate,
  saveAsTemplate,
  trashConversation,
} from './conversationActions';

const hasConversation = () => activeConversationId() !== null;

export function conversationCommands(): Command[] {
  return [
    {
      id: 'conversation.newFromTemplate',
      title: 'Conversation: New from Template...',
      run: newFromTemplate,
    },
    {
      id: 'conversation.markHeld',
      title: 'Conversation: Mark as Held',
      when: hasConversation,
      run: () => markHeld(),
    },
    {
      id: 'conversation.addEvidence',
      title: 'Conversation: Add Evidence...',
      when: hasConversation,
      run: () => addEvidence(),
    },
    {
      id: 'conversation.saveAsTemplate',
      title: 'Conversation: Save as Template...',
      when: hasConversation,
      run: () => saveAsTemplate(),
    },
    {
      id: 'conversation.moveToTrash',
      title: 'Conversation: Move to Trash',
      when: hasConversation,
      run: () => trashConversation(),
    },
    {
      id: 'conversation.showConversations',
      title: 'Conversation: Show Conversations',
      run: () => setActiveView('conversations'),
    },
  ];
}
