// The conversation pane is made of sections (details, agenda, since last time, anticipated questions,
// checklist, action plan, notes). Each part registers its own, so they are built and loaded apart.
import type { ComponentType } from 'react';

export interface ConversationSectionProps {
  conversationId: string;
  /** True while the conversation's tab is the visible one. */
  active: boolean;
}

export interface ConversationSection {
  id: string;
  /** Heading shown above the section and in the pane's outline. */
  title: string;
  /** Lower comes first: details 10, agenda 20, since last time 30, anticipated 40, checklist 50, actions 60, notes 70. */
  order: number;
  component: ComponentType<ConversationSectionProps>;
}

const sections = new Map<string, ConversationSection>();

export function registerConversationSection(section: ConversationSection): void {
  sections.set(section.id, section);
}

export function getConversationSections(): ConversationSection[] {
  return [...sections.values()].sort((a, b) => a.order - b.order);
}
