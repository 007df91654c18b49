// Export everything, import into an empty store, export again: the documents are equal.
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_NAME, type ExportDocument } from '../../../src-main/shared/data/exportFormat';
import { testStore } from '../helpers';
import { exportDoc } from './dataHelpers';
import { ODD_TITLE, WEBM_SOUND, richStore } from './richStore';

const withoutTime = (doc: ExportDocument): Omit<ExportDocument, 'exportedAt'> => {
  const { exportedAt: _ignored, ...rest } = doc;
  return rest;
};

describe('export everything', () => {
  it('writes a versioned document holding every kind of record', async () => {
    const { t, ids } = await richStore();
    const { doc, files } = await exportDoc(t);
    expect(doc).toMatchObject({ format: 'ladder-export', version: 1, appVersion: '0.0.0-test' });
    expect(doc.exportedAt).toBe(new Date(t.clock.now()).toISOString());
    expect(doc.notes).toEqual([]);
    expect(doc.rehearsals[0]?.recordings).toEqual([
      {
        position: 0,
        mime: 'audio/webm',
        durationMs: 1800,
        createdAt: expect.any(Number),
        data: WEBM_SOUND.toString('base64'),
      },
    ]);
    expect(doc.entries.find((e) => e.id === ids.trashed)?.deletedAt).toEqual(expect.any(Number));
    expect(doc.entries.find((e) => e.id === ids.entry)?.revisions.length).toBeGreaterThan(0);
    expect(doc.entries.find((e) => e.kind === 'values')?.body).toContain('Honesty first.');
    expect(doc.skills[0]?.ratings.map((r) => r.rating)).toEqual([3, 4]);
    expect(doc.goals).toHaveLength(1);
    expect(doc.settings).toMatchObject({ theme: 'dark', welcomeSeen: true });
    const conv = doc.conversations.find((c) => c.id === ids.conversation);
    expect(conv?.agenda.some((a) => a.evidence.some((e) => e.entryId === ids.entry))).toBe(true);
    expect(conv?.anticipated.some((q) => q.question === 'What would you like to grow into?')).toBe(
      true,
    );
    expect(conv?.actions).toHaveLength(1);
    expect(conv?.heldOn).not.toBeNull();
    expect(doc.templates.map((x) => x.name)).toEqual(['My check-in']);
    expect(doc.questions.userQuestions[0]?.hidden).toBe(true);
    expect(doc.questions.overlays[0]?.tip).toBe('Name one concrete example.');
    expect(doc.questions.tags.map((x) => x.tag)).toEqual(['tough']);
    expect(doc.rehearsals[0]?.answers[0]?.answer).toBe('By June I lead it.');
    expect(doc.practice.cards).toHaveLength(1);
    expect(doc.practice.log.length).toBeGreaterThan(0);
    const names = Object.keys(files);
    expect(names.filter((n) => n.startsWith('markdown/journal/')).length).toBe(
      doc.entries.filter(
        (e) => !['values', 'mission', 'strengths', 'skills', 'goals'].includes(e.kind),
      ).length,
    );
    expect(names.filter((n) => n.startsWith('markdown/conversations/'))).toHaveLength(2);
    expect(names).toContain('markdown/profile/values.md');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('restores everything into an empty store without loss', async () => {
    const { t } = await richStore();
    const first = await exportDoc(t);
    const empty = testStore();
    const report = await empty.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: first.text }],
    });
    expect(report.skipped).toEqual([]);
    expect(report.imported).toMatchObject({
      entries: first.doc.entries.length,
      conversations: 2,
      skills: 1,
      goals: 1,
      templates: 1,
      rehearsals: 1,
      recordings: 1,
      practiceCards: 1,
      settings: 2,
    });
    const second = await exportDoc(empty);
    // The voice answer plays back byte for byte.
    const sound = await empty.call('rehearsal.audio', {
      sessionId: first.doc.rehearsals[0]!.id,
      position: 0,
    });
    expect(Buffer.from(sound!.data, 'base64').equals(WEBM_SOUND)).toBe(true);
    expect(withoutTime(second.doc)).toEqual(withoutTime(first.doc));
    // The restored journal works: search finds the odd title, the trashed entry stays out of it.
    const hits = await empty.call('search.query', { text: 'נעמי' });
    expect(hits.map((h) => h.id)).toContain(
      first.doc.entries.find((e) => e.title === ODD_TITLE)?.id,
    );
    expect(await empty.call('journal.listTrash', {})).toHaveLength(1);
  });

  it('counts entries already in the store, and leaves out and reports other records, when imported twice', async () => {
    const { t } = await richStore();
    const { text, doc } = await exportDoc(t);
    const report = await t.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text }] });
    expect(report.imported.entries).toBe(0);
    expect(report.imported.conversations).toBe(0);
    expect(report.alreadyHere).toBe(doc.entries.length);
    expect(report.skipped.filter((s) => s.item?.startsWith('entry ')).length).toBe(0);
    expect(report.skipped.every((s) => s.file === EXPORT_JSON_NAME && s.reason.length > 0)).toBe(
      true,
    );
    const again = await exportDoc(t);
    expect(withoutTime(again.doc)).toEqual(withoutTime(doc));
  });
});
