// Writes the records of an export document into the store. The caller runs it inside ONE
// transaction; each record gets its own savepoint, so a record that clashes with data already in
// the store (same id, same skill name) is left out and reported while the rest goes in. Any other
// failure (disk full, I/O) propagates and the caller's transaction rolls everything back.
import { looksLike, MAX_AUDIO_BYTES } from '../../shared/voice/answerAudio';
import { audioPlaceOf } from '../../shared/rehearsal/probeTurns';
import type { ExportDocument, ImportReport } from '../../shared/data/exportFormat';
import type { Db } from '../db/connection';

export interface LoadHooks {
  /** Called for every record left out; `item` names it without quoting its text. */
  skip: (item: string, reason: string) => void;
}

export type ImportCounts = Omit<ImportReport['imported'], 'settings'>;

const int = (b: boolean): number => (b ? 1 : 0);

function isConstraint(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/** Runs `write` in a savepoint; a constraint clash is reported and undone, anything else is thrown on. */
function attempt(
  db: Db,
  hooks: LoadHooks,
  item: string,
  clash: string,
  write: () => void,
): boolean {
  try {
    db.transaction(write)();
    return true;
  } catch (error) {
    if (!isConstraint(error)) throw error;
    hooks.skip(item, clash);
    return false;
  }
}

/** A session's follow-up turns, each under an answer the session has (the table's key says so). */
function loadProbes(db: Db, hooks: LoadHooks, s: ExportDocument['rehearsals'][number]): void {
  const answered = new Set(s.answers.map((a) => a.position));
  const insert = db.prepare(
    'INSERT INTO rehearsal_probes (session_id, position, question_id, text, reason, asked_at, answer, started_at, ended_at, time_ms, timed_out, revealed, grade, feedback) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const p of s.probes ?? []) {
    if (!answered.has(p.position)) {
      hooks.skip(`follow-up ${s.id} #${p.position + 1}`, 'The rehearsal has no answer it follows.');
      continue;
    }
    insert.run(
      s.id,
      p.position,
      p.questionId,
      p.text,
      p.reason,
      p.askedAt,
      p.answer,
      p.startedAt,
      p.endedAt,
      p.timeMs,
      int(p.timedOut),
      int(p.revealed),
      p.grade,
      p.feedback === null ? null : JSON.stringify(p.feedback),
    );
  }
}

/** A session's voice answers that are the sound they claim to be, at a place the session has. */
function loadRecordings(db: Db, hooks: LoadHooks, s: ExportDocument['rehearsals'][number]): number {
  let loaded = 0;
  const insert = db.prepare(
    'INSERT INTO answer_audio (session_id, position, mime, duration_ms, data, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const r of s.recordings ?? []) {
    const item = `recording ${s.id} #${r.position + 1}`;
    const data = Buffer.from(r.data, 'base64');
    if (audioPlaceOf(r.position).position >= s.questionIds.length)
      hooks.skip(item, 'The rehearsal has no question at this place.');
    else if (data.length === 0 || data.length > MAX_AUDIO_BYTES)
      hooks.skip(item, 'The recording is empty or larger than Ladder keeps.');
    else if (!looksLike(r.mime, data)) hooks.skip(item, `The recording is not ${r.mime} sound.`);
    else if (
      attempt(db, hooks, item, 'This answer already has a recording.', () =>
        insert.run(s.id, r.position, r.mime, r.durationMs, data, r.createdAt),
      )
    )
      loaded += 1;
  }
  return loaded;
}

export function loadRecords(db: Db, doc: ExportDocument, hooks: LoadHooks): ImportCounts {
  // Entries are written apart (entryLoad.ts), with statements prepared once for all of them.
  const counts: ImportCounts = {
    entries: 0,
    conversations: 0,
    skills: 0,
    goals: 0,
    templates: 0,
    questions: 0,
    rehearsals: 0,
    recordings: 0,
    practiceCards: 0,
  };

  for (const s of doc.skills) {
    const ok = attempt(
      db,
      hooks,
      `skill ${s.id}`,
      'A skill with this id or name is already in your journal.',
      () => {
        db.prepare(
          'INSERT INTO skills (id, name, colleagues_view, created_at) VALUES (?, ?, ?, ?)',
        ).run(s.id, s.name, s.colleaguesView, s.createdAt);
        const rate = db.prepare(
          'INSERT INTO skill_ratings (skill_id, rating, note, rated_at) VALUES (?, ?, ?, ?)',
        );
        for (const r of s.ratings) rate.run(s.id, r.rating, r.note, r.ratedAt);
      },
    );
    if (ok) counts.skills += 1;
  }

  for (const g of doc.goals) {
    const ok = attempt(
      db,
      hooks,
      `goal ${g.id}`,
      'A goal with this id is already in your journal.',
      () => {
        db.prepare(
          'INSERT INTO goals (id, horizon, text, target_date, done, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(g.id, g.horizon, g.text, g.targetDate, int(g.done), g.createdAt, g.updatedAt);
      },
    );
    if (ok) counts.goals += 1;
  }

  for (const t of doc.templates) {
    const ok = attempt(
      db,
      hooks,
      `template ${t.id}`,
      'A template with this id is already in Ladder.',
      () => {
        db.prepare(
          'INSERT INTO user_templates (id, name, definition, created_at) VALUES (?, ?, ?, ?)',
        ).run(t.id, t.name, JSON.stringify(t.definition), t.createdAt);
      },
    );
    if (ok) counts.templates += 1;
  }

  counts.conversations = loadConversations(db, doc, hooks);
  counts.questions = loadQuestions(db, doc, hooks);

  for (const s of doc.rehearsals) {
    const ok = attempt(
      db,
      hooks,
      `rehearsal ${s.id}`,
      'A rehearsal with this id is already in Ladder.',
      () => {
        const conv =
          s.conversationId !== null && exists(db, 'conversations', s.conversationId)
            ? s.conversationId
            : null;
        db.prepare(
          'INSERT INTO rehearsal_sessions (id, conversation_id, started_at, ended_at, settings, question_ids, status, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          s.id,
          conv,
          s.startedAt,
          s.endedAt,
          JSON.stringify(s.settings),
          JSON.stringify(s.questionIds),
          s.status,
          s.mode ?? null,
        );
        const answer = db.prepare(
          'INSERT INTO rehearsal_answers (session_id, position, question_id, answer, started_at, ended_at, time_ms, timed_out, revealed, follow_up, grade, feedback) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        for (const a of s.answers) {
          answer.run(
            s.id,
            a.position,
            a.questionId,
            a.answer,
            a.startedAt,
            a.endedAt,
            a.timeMs,
            int(a.timedOut),
            int(a.revealed),
            a.followUp,
            a.grade,
            JSON.stringify(a.feedback),
          );
        }
        loadProbes(db, hooks, s);
      },
    );
    if (ok) counts.rehearsals += 1;
    if (ok) counts.recordings += loadRecordings(db, hooks, s);
  }

  for (const c of doc.practice.cards) {
    const ok = attempt(
      db,
      hooks,
      `practice card ${c.questionId}`,
      'This question already has a practice schedule.',
      () => {
        db.prepare(
          'INSERT INTO practice_cards (question_id, card, due, last_grade, last_review) VALUES (?, ?, ?, ?, ?)',
        ).run(c.questionId, JSON.stringify(c.card), c.due, c.lastGrade, c.lastReview);
      },
    );
    if (ok) counts.practiceCards += 1;
  }
  // The log has no ids: a row already present (same question, grade and time) is not added twice.
  const logged = db.prepare(
    'SELECT 1 FROM practice_log WHERE question_id = ? AND grade = ? AND reviewed_at = ?',
  );
  const log = db.prepare(
    'INSERT INTO practice_log (question_id, grade, reviewed_at, log) VALUES (?, ?, ?, ?)',
  );
  for (const l of doc.practice.log) {
    if (!logged.get(l.questionId, l.grade, l.reviewedAt))
      log.run(l.questionId, l.grade, l.reviewedAt, JSON.stringify(l.log));
  }
  return counts;
}

function exists(db: Db, table: 'conversations' | 'action_items', id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

function loadConversations(db: Db, doc: ExportDocument, hooks: LoadHooks): number {
  let count = 0;
  const loaded: ExportDocument['conversations'] = [];
  for (const c of doc.conversations) {
    const ok = attempt(
      db,
      hooks,
      `conversation ${c.id}`,
      'A conversation, or one of its parts, with this id is already in Ladder.',
      () => {
        db.prepare(
          'INSERT INTO conversations (id, title, person_name, person_role, my_role, kind, starts_at, time_zone, duration_min, place, status, ' +
            'expected_outcome, template_id, notes, agreed, follow_up_date, held_on, shared_at, created_at, updated_at, deleted_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          c.id,
          c.title,
          c.personName,
          c.personRole,
          c.myRole,
          c.kind,
          c.startsAt,
          c.timeZone,
          c.durationMin,
          c.place,
          c.status,
          c.expectedOutcome,
          c.templateId,
          c.notes,
          c.agreed,
          c.followUpDate,
          c.heldOn,
          c.sharedAt,
          c.createdAt,
          c.updatedAt,
          c.deletedAt,
        );
        // Links between actions are set in a second pass, once every conversation's actions exist.
        const action = db.prepare(
          'INSERT INTO action_items (id, conversation_id, position, text, owner, due_date, status, carried_from, created_at, updated_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
        );
        for (const a of c.actions)
          action.run(
            a.id,
            c.id,
            a.position,
            a.text,
            a.owner,
            a.dueDate,
            a.status,
            a.createdAt,
            a.updatedAt,
          );
        const item = db.prepare(
          'INSERT INTO agenda_items (id, conversation_id, position, title, minutes, hints, talking_points, private_notes, questions, ' +
            'carried_from_action_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
        );
        const itemEvidence = db.prepare(
          'INSERT INTO agenda_evidence (item_id, entry_id, position) VALUES (?, ?, ?)',
        );
        for (const a of c.agenda) {
          item.run(
            a.id,
            c.id,
            a.position,
            a.title,
            a.minutes,
            JSON.stringify(a.hints),
            a.talkingPoints,
            a.privateNotes,
            a.questions,
            a.createdAt,
            a.updatedAt,
          );
          for (const ev of a.evidence) itemEvidence.run(a.id, ev.entryId, ev.position);
        }
        const question = db.prepare(
          'INSERT INTO anticipated_questions (id, conversation_id, position, question, hint, prepared_answer, question_bank_id, created_at, updated_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        const questionEvidence = db.prepare(
          'INSERT INTO question_evidence (question_id, entry_id, position) VALUES (?, ?, ?)',
        );
        for (const q of c.anticipated) {
          question.run(
            q.id,
            c.id,
            q.position,
            q.question,
            q.hint,
            q.preparedAnswer,
            q.questionBankId,
            q.createdAt,
            q.updatedAt,
          );
          for (const ev of q.evidence) questionEvidence.run(q.id, ev.entryId, ev.position);
        }
      },
    );
    if (ok) {
      count += 1;
      loaded.push(c);
    }
  }
  // A link to an action that is not in the store (left out, or never exported) is dropped, as a deletion would.
  const setCarried = db.prepare('UPDATE action_items SET carried_from = ? WHERE id = ?');
  const setItemCarried = db.prepare(
    'UPDATE agenda_items SET carried_from_action_id = ? WHERE id = ?',
  );
  for (const c of loaded) {
    for (const a of c.actions)
      if (a.carriedFrom !== null && exists(db, 'action_items', a.carriedFrom))
        setCarried.run(a.carriedFrom, a.id);
    for (const a of c.agenda) {
      if (a.carriedFromActionId !== null && exists(db, 'action_items', a.carriedFromActionId))
        setItemCarried.run(a.carriedFromActionId, a.id);
    }
  }
  return count;
}

function loadQuestions(db: Db, doc: ExportDocument, hooks: LoadHooks): number {
  let count = 0;
  for (const q of doc.questions.userQuestions) {
    const ok = attempt(
      db,
      hooks,
      `question ${q.id}`,
      'A question with this id is already in your question bank.',
      () => {
        db.prepare(
          'INSERT INTO user_questions (id, text, direction, category, framework, step, difficulty, probes, tip, hidden, created_at, updated_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          q.id,
          q.text,
          q.direction,
          q.category,
          q.framework,
          q.step,
          q.difficulty,
          JSON.stringify(q.probes),
          q.tip,
          int(q.hidden),
          q.createdAt,
          q.updatedAt,
        );
      },
    );
    if (ok) count += 1;
  }
  for (const o of doc.questions.overlays) {
    const ok = attempt(
      db,
      hooks,
      `question ${o.questionId}`,
      'Your changes to this built-in question are already in Ladder.',
      () => {
        db.prepare(
          'INSERT INTO question_overlays (question_id, text, tip, probes, hidden, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(
          o.questionId,
          o.text,
          o.tip,
          o.probes === null ? null : JSON.stringify(o.probes),
          int(o.hidden),
          o.updatedAt,
        );
      },
    );
    if (ok) count += 1;
  }
  const tag = db.prepare('INSERT OR IGNORE INTO question_tags (question_id, tag) VALUES (?, ?)');
  for (const t of doc.questions.tags) tag.run(t.questionId, t.tag);
  return count;
}
