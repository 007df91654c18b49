// Writes the records of an export document into the store. The caller runs it inside ONE
// transaction; each record gets its own savepoint, so a record that clashes with data already in
// the store (same id, same skill name) is left out and reported while the rest goes in. Any other
// failure (disk full, I/O) propagates and the caller's transaction rolls everything back.
import { looksLike, MAX_AUDIO_BYTES } from '../../shared/voice/answerAudio';
import { audioPlaceOf } from '../../shared/rehearsal/probeTurns';
import type { ExportDocument, ImportReport } from '../../shared/data/exportFormat';
import type { Db } from '../db/connection';
import { attempt, int, type LoadHooks } from './loadAttempt';
import { exists, loadConversations } from './loadConversationsRepository';

export type ImportCounts = Omit<ImportReport['imported'], 'settings'>;

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
