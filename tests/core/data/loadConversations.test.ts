// Importing conversations (loadConversationsRepository.ts): every part of a conversation comes in,
// and a link to an action that is not in the journal is dropped rather than failing the import.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_JSON_NAME, type ExportDocument } from '../../../src-main/shared/data/exportFormat';
import { testStore } from '../helpers';
import { exportDoc } from './dataHelpers';
import { richStore } from './richStore';

let rich: ExportDocument;
let entryId: string;

beforeAll(async () => {
  const { t, ids } = await richStore();
  rich = (await exportDoc(t)).doc;
  entryId = ids.entry;
}, 120_000);

function twoConversations(doc: ExportDocument) {
  const [first, second] = doc.conversations;
  if (!first || !second || !first.actions[0] || !second.actions[0] || !second.agenda[1])
    throw new Error('the rich store changed');
  return { first, second };
}

describe('importing conversations', () => {
  it('keeps the links between actions and agenda items, and drops those to an action not here', async () => {
    const doc = { ...structuredClone(rich), settings: {} };
    const { first, second } = twoConversations(doc);
    const earlier = first.actions[0]!.id;
    second.actions[0]!.carriedFrom = earlier;
    second.agenda[0]!.carriedFromActionId = earlier;
    first.actions.push({
      ...first.actions[0]!,
      id: 'carried-from-nowhere',
      position: 1,
      carriedFrom: 'gone',
    });
    second.agenda[1]!.carriedFromActionId = 'gone';
    const t = testStore();
    const report = await t.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
    });
    expect(report.skipped).toEqual([]);
    expect(report.imported.conversations).toBe(2);
    const back = twoConversations((await exportDoc(t)).doc);
    expect(back.second.actions[0]?.carriedFrom).toBe(earlier);
    expect(back.second.agenda[0]?.carriedFromActionId).toBe(earlier);
    expect(back.first.actions.find((a) => a.id === 'carried-from-nowhere')?.carriedFrom).toBeNull();
    expect(back.second.agenda[1]?.carriedFromActionId).toBeNull();
  });

  it('brings the evidence linked to an anticipated question', async () => {
    const doc = { ...structuredClone(rich), settings: {} };
    const { first } = twoConversations(doc);
    const question = first.anticipated[0];
    if (!question) throw new Error('the rich store changed');
    question.evidence = [{ entryId, position: 0 }];
    const t = testStore();
    const report = await t.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
    });
    expect(report.skipped).toEqual([]);
    const back = twoConversations((await exportDoc(t)).doc);
    expect(back.first.anticipated.find((q) => q.id === question.id)?.evidence).toEqual([
      { entryId, position: 0 },
    ]);
  });
});
