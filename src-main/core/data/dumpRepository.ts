// Reads every table the user's data lives in into the records of the export document. Ordered by
// the stable keys, so two exports of the same data are equal (the round-trip test relies on it).
import type { ExportDocument } from '../../shared/data/exportFormat';
import type { Db } from '../db/connection';
import { storedBody } from '../journal/bodyPacking';
import { revisionContent } from '../journal/revisionsRepository';

type Row = Record<string, unknown>;
type Records = Omit<ExportDocument, 'format' | 'version' | 'exportedAt' | 'appVersion' | 'notes'>;

const json = (value: unknown): never => JSON.parse(String(value)) as never;
const bool = (value: unknown): boolean => value === 1;

function groupBy<T>(rows: Row[], key: string, map: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(map(row));
  }
  return out;
}

function all(db: Db, sql: string): Row[] {
  return db.prepare(sql).all() as Row[];
}

function entries(db: Db): Records['entries'] {
  const tags = groupBy(
    all(db, 'SELECT entry_seq, tag FROM entry_tags ORDER BY entry_seq, position'),
    'entry_seq',
    (r) => String(r.tag),
  );
  const revisions = groupBy(all(db, 'SELECT * FROM revisions ORDER BY id'), 'entry_id', (r) => ({
    title: String(r.title),
    date: String(r.date),
    fields: json(r.fields),
    body: revisionContent(r).body,
    tags: json(r.tags),
    createdAt: Number(r.created_at),
  }));
  return all(db, 'SELECT * FROM entries ORDER BY seq').map((r) => ({
    id: String(r.id),
    kind: r.kind as never,
    title: String(r.title),
    date: String(r.date),
    fields: json(r.fields),
    body: storedBody(r.body, r.body_packed),
    tags: tags.get(String(r.seq)) ?? [],
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    deletedAt: r.deleted_at === null ? null : Number(r.deleted_at),
    version: Number(r.version),
    revisions: revisions.get(String(r.id)) ?? [],
  }));
}

function skills(db: Db): Records['skills'] {
  const ratings = groupBy(all(db, 'SELECT * FROM skill_ratings ORDER BY id'), 'skill_id', (r) => ({
    rating: Number(r.rating),
    note: String(r.note),
    ratedAt: Number(r.rated_at),
  }));
  return all(db, 'SELECT * FROM skills ORDER BY seq').map((r) => ({
    id: String(r.id),
    name: String(r.name),
    colleaguesView: String(r.colleagues_view),
    createdAt: Number(r.created_at),
    ratings: ratings.get(String(r.id)) ?? [],
  }));
}

function goals(db: Db): Records['goals'] {
  return all(db, 'SELECT * FROM goals ORDER BY seq').map((r) => ({
    id: String(r.id),
    horizon: r.horizon as never,
    text: String(r.text),
    targetDate: (r.target_date as string | null) ?? null,
    done: bool(r.done),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  }));
}

const orNull = (v: unknown): never => (v === null || v === undefined ? null : v) as never;

function conversations(db: Db): Records['conversations'] {
  const evidence = (table: string, key: string) =>
    groupBy(all(db, `SELECT * FROM ${table} ORDER BY ${key}, position, entry_id`), key, (r) => ({
      entryId: String(r.entry_id),
      position: Number(r.position),
    }));
  const agendaEvidence = evidence('agenda_evidence', 'item_id');
  const questionEvidence = evidence('question_evidence', 'question_id');
  const agenda = groupBy(
    all(db, 'SELECT * FROM agenda_items ORDER BY seq'),
    'conversation_id',
    (r) => ({
      id: String(r.id),
      position: Number(r.position),
      title: String(r.title),
      minutes: Number(r.minutes),
      hints: json(r.hints),
      talkingPoints: String(r.talking_points),
      privateNotes: String(r.private_notes),
      questions: String(r.questions),
      carriedFromActionId: orNull(r.carried_from_action_id),
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
      evidence: agendaEvidence.get(String(r.id)) ?? [],
    }),
  );
  const anticipated = groupBy(
    all(db, 'SELECT * FROM anticipated_questions ORDER BY seq'),
    'conversation_id',
    (r) => ({
      id: String(r.id),
      position: Number(r.position),
      question: String(r.question),
      hint: String(r.hint),
      preparedAnswer: String(r.prepared_answer),
      questionBankId: orNull(r.question_bank_id),
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
      evidence: questionEvidence.get(String(r.id)) ?? [],
    }),
  );
  const actions = groupBy(
    all(db, 'SELECT * FROM action_items ORDER BY seq'),
    'conversation_id',
    (r) => ({
      id: String(r.id),
      position: Number(r.position),
      text: String(r.text),
      owner: r.owner as never,
      dueDate: orNull(r.due_date),
      status: r.status as never,
      carriedFrom: orNull(r.carried_from),
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
    }),
  );
  return all(db, 'SELECT * FROM conversations ORDER BY seq').map((r) => ({
    id: String(r.id),
    title: String(r.title),
    personName: String(r.person_name),
    personRole: String(r.person_role),
    myRole: r.my_role as never,
    kind: r.kind as never,
    startsAt: orNull(r.starts_at),
    timeZone: orNull(r.time_zone),
    durationMin: Number(r.duration_min),
    place: String(r.place),
    status: r.status as never,
    expectedOutcome: String(r.expected_outcome),
    templateId: orNull(r.template_id),
    notes: String(r.notes),
    agreed: String(r.agreed),
    followUpDate: orNull(r.follow_up_date),
    heldOn: orNull(r.held_on),
    sharedAt: orNull(r.shared_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    deletedAt: orNull(r.deleted_at),
    agenda: agenda.get(String(r.id)) ?? [],
    anticipated: anticipated.get(String(r.id)) ?? [],
    actions: actions.get(String(r.id)) ?? [],
  }));
}

function questions(db: Db): Records['questions'] {
  return {
    userQuestions: all(db, 'SELECT * FROM user_questions ORDER BY seq').map((r) => ({
      id: String(r.id),
      text: String(r.text),
      direction: r.direction as never,
      category: String(r.category),
      framework: String(r.framework),
      step: String(r.step),
      difficulty: Number(r.difficulty),
      probes: json(r.probes),
      tip: String(r.tip),
      hidden: bool(r.hidden),
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
    })),
    overlays: all(db, 'SELECT * FROM question_overlays ORDER BY question_id').map((r) => ({
      questionId: String(r.question_id),
      text: orNull(r.text),
      tip: orNull(r.tip),
      probes: r.probes === null ? null : json(r.probes),
      hidden: bool(r.hidden),
      updatedAt: Number(r.updated_at),
    })),
    tags: all(db, 'SELECT * FROM question_tags ORDER BY question_id, tag').map((r) => ({
      questionId: String(r.question_id),
      tag: String(r.tag),
    })),
  };
}

function rehearsals(db: Db): Records['rehearsals'] {
  const answers = groupBy(
    all(db, 'SELECT * FROM rehearsal_answers ORDER BY session_id, position'),
    'session_id',
    (r) => ({
      position: Number(r.position),
      questionId: String(r.question_id),
      answer: String(r.answer),
      startedAt: Number(r.started_at),
      endedAt: Number(r.ended_at),
      timeMs: Number(r.time_ms),
      timedOut: bool(r.timed_out),
      revealed: bool(r.revealed),
      followUp: orNull(r.follow_up),
      grade: orNull(r.grade),
      feedback: json(r.feedback),
    }),
  );
  const probes = groupBy(
    all(db, 'SELECT * FROM rehearsal_probes ORDER BY session_id, position'),
    'session_id',
    (r) => ({
      position: Number(r.position),
      questionId: String(r.question_id),
      text: String(r.text),
      reason: r.reason as never,
      askedAt: Number(r.asked_at),
      answer: String(r.answer),
      startedAt: r.started_at === null ? null : Number(r.started_at),
      endedAt: r.ended_at === null ? null : Number(r.ended_at),
      timeMs: r.time_ms === null ? null : Number(r.time_ms),
      timedOut: bool(r.timed_out),
      revealed: bool(r.revealed),
      grade: orNull(r.grade),
      feedback: r.feedback === null ? null : json(r.feedback),
    }),
  );
  const recordings = groupBy(
    all(db, 'SELECT * FROM answer_audio ORDER BY session_id, position'),
    'session_id',
    (r) => ({
      position: Number(r.position),
      mime: r.mime as never,
      durationMs: Number(r.duration_ms),
      createdAt: Number(r.created_at),
      data: Buffer.from(r.data as Uint8Array).toString('base64'),
    }),
  );
  return all(db, 'SELECT * FROM rehearsal_sessions ORDER BY seq').map((r) => ({
    id: String(r.id),
    conversationId: orNull(r.conversation_id),
    startedAt: Number(r.started_at),
    endedAt: orNull(r.ended_at),
    settings: json(r.settings),
    questionIds: json(r.question_ids),
    status: r.status as never,
    mode: orNull(r.mode),
    answers: answers.get(String(r.id)) ?? [],
    probes: probes.get(String(r.id)) ?? [],
    recordings: recordings.get(String(r.id)) ?? [],
  }));
}

function practice(db: Db): Records['practice'] {
  return {
    cards: all(db, 'SELECT * FROM practice_cards ORDER BY question_id').map((r) => ({
      questionId: String(r.question_id),
      card: json(r.card),
      due: Number(r.due),
      lastGrade: orNull(r.last_grade),
      lastReview: orNull(r.last_review),
    })),
    log: all(db, 'SELECT * FROM practice_log ORDER BY seq').map((r) => ({
      questionId: String(r.question_id),
      grade: r.grade as never,
      reviewedAt: Number(r.reviewed_at),
      log: json(r.log),
    })),
  };
}

/** Every record of the user's data, read in one transaction so the copy is consistent. */
export function dumpAll(db: Db): Records {
  return db.transaction(() => ({
    entries: entries(db),
    skills: skills(db),
    goals: goals(db),
    settings: Object.fromEntries(
      all(db, 'SELECT key, value FROM settings ORDER BY key').map((r) => [
        String(r.key),
        JSON.parse(String(r.value)) as unknown,
      ]),
    ),
    conversations: conversations(db),
    templates: all(db, 'SELECT * FROM user_templates ORDER BY seq').map((r) => ({
      id: String(r.id),
      name: String(r.name),
      definition: json(r.definition),
      createdAt: Number(r.created_at),
    })),
    questions: questions(db),
    rehearsals: rehearsals(db),
    practice: practice(db),
  }))();
}
