// Skills with their self-rating history.
import type { Skill, SkillRating } from '../../shared/domain';
import type { Db } from '../db/connection';

interface SkillRow {
  id: string;
  name: string;
  colleagues_view: string;
  version: number;
}

function withHistory(db: Db, row: SkillRow): Skill {
  const history = db
    .prepare(
      'SELECT rating, note, rated_at AS ratedAt FROM skill_ratings WHERE skill_id = ? ORDER BY rated_at DESC, id DESC',
    )
    .all(row.id) as SkillRating[];
  return {
    id: row.id,
    name: row.name,
    rating: history[0]?.rating ?? null,
    colleaguesView: row.colleagues_view,
    history,
    version: row.version,
  };
}

export function listSkills(db: Db): Skill[] {
  const rows = db
    .prepare('SELECT id, name, colleagues_view, version FROM skills ORDER BY seq')
    .all() as SkillRow[];
  return rows.map((row) => withHistory(db, row));
}

export function findSkill(db: Db, id: string): Skill | undefined {
  const row = db
    .prepare('SELECT id, name, colleagues_view, version FROM skills WHERE id = ?')
    .get(id) as SkillRow | undefined;
  return row && withHistory(db, row);
}

/** Id of another skill with the same name (ignoring case), if any. */
export function skillNamedLike(db: Db, name: string, exceptId?: string): string | undefined {
  const row = db
    .prepare('SELECT id FROM skills WHERE name = ? COLLATE NOCASE AND id IS NOT ?')
    .get(name, exceptId ?? null) as { id: string } | undefined;
  return row?.id;
}

export function insertSkill(db: Db, id: string, name: string, now: number): void {
  db.prepare('INSERT INTO skills (id, name, created_at) VALUES (?, ?, ?)').run(id, name, now);
}

export function renameSkill(db: Db, id: string, name: string): boolean {
  return (
    db.prepare('UPDATE skills SET name = ?, version = version + 1 WHERE id = ?').run(name, id)
      .changes === 1
  );
}

export function setColleaguesView(db: Db, id: string, text: string): boolean {
  return (
    db
      .prepare('UPDATE skills SET colleagues_view = ?, version = version + 1 WHERE id = ?')
      .run(text, id).changes === 1
  );
}

export function addRating(db: Db, id: string, rating: number, note: string, now: number): void {
  db.prepare(
    'INSERT INTO skill_ratings (skill_id, rating, note, rated_at) VALUES (?, ?, ?, ?)',
  ).run(id, rating, note, now);
}

/** Removes a skill and its rating history (cascade). */
export function deleteSkill(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM skills WHERE id = ?').run(id).changes === 1;
}
