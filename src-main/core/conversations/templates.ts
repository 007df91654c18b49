// Conversation templates: the built-in ones from resources/templates (bundled at build time and
// validated at load) and the ones users save from their own conversations (stored as JSON).
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type { TemplateInfo } from '../../shared/conversations/conversations';
import { LadderError } from '../../shared/errors';
import { templateSchema, type Template } from '../../shared/conversations/templateSchema';
import { agendaRows } from './agendaRepository';
import { questionRows } from './anticipatedRepository';
import type { Db } from '../db/connection';
import { findUserTemplate, insertUserTemplate, listUserTemplates } from './userTemplatesRepository';
import type { ServiceContext } from '../common/context';
import { requireConversation } from './conversationDoc';

const files = import.meta.glob('../../../resources/templates/*.json', {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;

/** The order the Conversations view offers them in. */
const BUILT_IN_ORDER = ['preparation-checklist', 'grow', 'current-future-plan', 'five-as', 'blank'];

export const BUILT_IN_TEMPLATES: readonly Template[] = Object.entries(files)
  .map(([path, data]) => {
    const parsed = templateSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(`Bad built-in template ${path}: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  })
  .sort((a, b) => rank(a.id) - rank(b.id));

function rank(id: string): number {
  const i = BUILT_IN_ORDER.indexOf(id);
  return i < 0 ? BUILT_IN_ORDER.length : i;
}

const USER_PREFIX = 'user:';

function info(t: Template, builtIn: boolean): TemplateInfo {
  return {
    id: builtIn ? t.id : `${USER_PREFIX}${t.id}`,
    name: t.name,
    description: t.description,
    myRole: t.myRole,
    builtIn,
    sections: t.sections.length,
  };
}

function parseUser(definition: string): Template | null {
  try {
    const parsed = templateSchema.safeParse(JSON.parse(definition));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A built-in id (`grow`) or a user template id (`user:<uuid>`). */
export function findTemplate(db: Db, id: string): Template {
  const found = id.startsWith(USER_PREFIX)
    ? (() => {
        const row = findUserTemplate(db, id.slice(USER_PREFIX.length));
        return row ? parseUser(row.definition) : null;
      })()
    : BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!found) throw new LadderError('not-found', 'That template no longer exists.');
  return found;
}

export function createTemplatesService(ctx: ServiceContext) {
  const { db } = ctx;

  function list(): TemplateInfo[] {
    const mine = listUserTemplates(db)
      .map((row) => parseUser(row.definition))
      .filter((t): t is Template => t !== null)
      .map((t) => info(t, false));
    return [...BUILT_IN_TEMPLATES.map((t) => info(t, true)), ...mine];
  }

  /**
   * Keeps the shape of a conversation (item titles, time boxes, hints, anticipated questions),
   * never its content: talking points, notes, answers and evidence stay with the conversation.
   */
  function saveFromConversation(args: ParsedArgs<'templates.saveFromConversation'>): TemplateInfo {
    const conversation = requireConversation(db, args.conversationId);
    const uuid = randomUUID();
    const template = templateSchema.parse({
      id: uuid,
      name: args.name,
      description: args.description ?? '',
      myRole: conversation.myRole,
      kind: conversation.kind,
      sections: agendaRows(db, conversation.id)
        .filter((row) => row.carried_from_action_id === null)
        .map((row) => ({
          title: row.title.trim().slice(0, 500) || 'Untitled item',
          minutes: row.minutes,
          hints: (JSON.parse(row.hints) as string[]).filter((h) => h.trim() !== ''),
        })),
      questions: questionRows(db, conversation.id).map((q) => ({
        question: q.question.slice(0, 1000),
        hint: q.hint.slice(0, 1000),
      })),
    });
    insertUserTemplate(db, uuid, template.name, JSON.stringify(template), ctx.now());
    return info(template, false);
  }

  return { list, saveFromConversation };
}

export type TemplatesService = ReturnType<typeof createTemplatesService>;
