// Conversation rows: the meeting's own fields. Agenda, questions and actions live in their own modules.
import type {
  Conversation,
  ConversationKind,
  ConversationStatus,
  ConversationSummary,
  MyRole,
} from '../../shared/conversations/conversations';
import { personKey } from '../../shared/conversations/conversations';
import type { Db } from '../db/connection';

// SQLite's lower() folds ASCII letters only: names are matched by the app's own rule instead.
const PERSON_KEY = 'ladder_person_key';
const withPersonKey = new WeakSet<Db>();

function personKeyed(db: Db): Db {
  if (!withPersonKey.has(db)) {
    db.function(PERSON_KEY, { deterministic: true }, (name) =>
      typeof name === 'string' ? personKey(name) : null,
    );
    withPersonKey.add(db);
  }
  return db;
}

interface Row {
  id: string;
  title: string;
  person_name: string;
  person_role: string;
  my_role: string;
  kind: string;
  starts_at: string | null;
  time_zone: string | null;
  duration_min: number;
  place: string;
  status: string;
  expected_outcome: string;
  template_id: string | null;
  notes: string;
  agreed: string;
  follow_up_date: string | null;
  held_on: string | null;
  shared_at: number | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  version: number;
  open_actions: number;
}

const OPEN_ACTIONS =
  "(SELECT count(*) FROM action_items a WHERE a.conversation_id = c.id AND a.status = 'open') AS open_actions";
const COLUMNS = `c.*, ${OPEN_ACTIONS}`;

function toSummary(row: Row): ConversationSummary {
  return {
    id: row.id,
    title: row.title,
    personName: row.person_name,
    personRole: row.person_role,
    myRole: row.my_role as MyRole,
    kind: row.kind as ConversationKind,
    startsAt: row.starts_at,
    timeZone: row.time_zone,
    durationMin: row.duration_min,
    status: row.status as ConversationStatus,
    openActions: row.open_actions,
    updatedAt: row.updated_at,
  };
}

function toConversation(row: Row): Conversation {
  return {
    ...toSummary(row),
    place: row.place,
    expectedOutcome: row.expected_outcome,
    templateId: row.template_id,
    notes: row.notes,
    agreed: row.agreed,
    followUpDate: row.follow_up_date,
    heldOn: row.held_on,
    sharedAt: row.shared_at,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

/** The role I played in the conversation touched last (not in the trash), or null when there is none (see latestRoleOf). */
export function latestRole(db: Db): MyRole | null {
  const row = db
    .prepare(
      'SELECT my_role FROM conversations WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1',
    )
    .get() as { my_role: MyRole } | undefined;
  return row?.my_role ?? null;
}

export function findConversation(db: Db, id: string): Conversation | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM conversations c WHERE c.id = ?`).get(id) as
    Row | undefined;
  return row && toConversation(row);
}

/** Live conversations, soonest first, undated ones last in creation order. */
export function listConversations(db: Db): ConversationSummary[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM conversations c WHERE c.deleted_at IS NULL ` +
        'ORDER BY c.starts_at IS NULL, c.starts_at, c.created_at, c.seq',
    )
    .all() as Row[];
  return rows.map(toSummary);
}

/** The fields a save may change, in column names. */
export interface ConversationPatch {
  title?: string;
  person_name?: string;
  person_role?: string;
  my_role?: MyRole;
  kind?: ConversationKind;
  starts_at?: string | null;
  time_zone?: string | null;
  duration_min?: number;
  place?: string;
  status?: ConversationStatus;
  expected_outcome?: string;
  template_id?: string | null;
  notes?: string;
  agreed?: string;
  follow_up_date?: string | null;
  held_on?: string | null;
  shared_at?: number | null;
  deleted_at?: number | null;
}

const PATCHABLE: ReadonlySet<string> = new Set([
  'title',
  'person_name',
  'person_role',
  'my_role',
  'kind',
  'starts_at',
  'time_zone',
  'duration_min',
  'place',
  'status',
  'expected_outcome',
  'template_id',
  'notes',
  'agreed',
  'follow_up_date',
  'held_on',
  'shared_at',
  'deleted_at',
]);

export function insertConversation(
  db: Db,
  id: string,
  patch: ConversationPatch,
  now: number,
): void {
  db.prepare('INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)').run(
    id,
    now,
    now,
  );
  writePatch(db, id, patch, now, false);
}

/** Applies a change and raises the version by one (a save names the version it was based on). */
export function updateConversation(
  db: Db,
  id: string,
  patch: ConversationPatch,
  now: number,
): void {
  writePatch(db, id, patch, now, true);
}

/** Trash and restore: not an edit of what the editors show, so an open editor's version stays valid. */
export function setConversationDeleted(
  db: Db,
  id: string,
  deletedAt: number | null,
  now: number,
): void {
  writePatch(db, id, { deleted_at: deletedAt }, now, false);
}

function writePatch(
  db: Db,
  id: string,
  patch: ConversationPatch,
  now: number,
  bump: boolean,
): void {
  const entries = Object.entries(patch).filter(([k, v]) => PATCHABLE.has(k) && v !== undefined);
  const sets = [
    ...entries.map(([k]) => `${k} = ?`),
    'updated_at = ?',
    ...(bump ? ['version = version + 1'] : []),
  ];
  db.prepare(`UPDATE conversations SET ${sets.join(', ')} WHERE id = ?`).run(
    ...entries.map(([, v]) => v),
    now,
    id,
  );
}

/** Marks the conversation as changed (a child row was edited); its own fields and version stay. */
export function touchConversation(db: Db, id: string, now: number): void {
  db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').run(now, id);
}

/**
 * The latest other live conversation with the same person (names compared trimmed and
 * case-insensitively): by start time, undated ones before dated ones, then by creation.
 */
export function previousWithPerson(
  db: Db,
  person: string,
  excludeId: string,
): Conversation | undefined {
  const row = personKeyed(db)
    .prepare(
      `SELECT ${COLUMNS} FROM conversations c WHERE c.deleted_at IS NULL AND c.id <> ? ` +
        `AND ${PERSON_KEY}(c.person_name) = ${PERSON_KEY}(?) ` +
        "ORDER BY coalesce(c.starts_at, '') DESC, c.created_at DESC, c.seq DESC LIMIT 1",
    )
    .get(excludeId, person) as Row | undefined;
  return row && toConversation(row);
}

/** The most recent held conversation with this person, other than `excludeId`, held on or before `until`. */
export function lastHeldWithPerson(
  db: Db,
  person: string,
  excludeId: string,
  until: string | null,
): Conversation | undefined {
  const row = personKeyed(db)
    .prepare(
      `SELECT ${COLUMNS} FROM conversations c WHERE c.deleted_at IS NULL AND c.id <> ? AND c.held_on IS NOT NULL ` +
        `AND c.status IN ('held', 'followed-up') AND ${PERSON_KEY}(c.person_name) = ${PERSON_KEY}(?) ` +
        'AND (? IS NULL OR c.held_on <= ?) ORDER BY c.held_on DESC, c.seq DESC LIMIT 1',
    )
    .get(excludeId, person, until, until) as Row | undefined;
  return row && toConversation(row);
}
