// Helpers of the export/import tests: run the export channel and read the zip back.
import { strFromU8, unzipSync } from 'fflate';
import {
  EXPORT_JSON_NAME,
  type ExportDocument,
  type ExportEntry,
  type ExportResult,
} from '../../../src-main/shared/data/exportFormat';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import type { TestStore } from '../helpers';

export function unzip(result: ExportResult): Record<string, string> {
  const files = unzipSync(new Uint8Array(Buffer.from(result.zipBase64, 'base64')));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export async function exportDoc(
  t: TestStore,
): Promise<{ doc: ExportDocument; files: Record<string, string>; text: string }> {
  const files = unzip(await t.call('data.export', {}));
  const text = files[EXPORT_JSON_NAME] ?? '';
  return { doc: JSON.parse(text) as ExportDocument, files, text };
}

/** Made-up entries for size tests, each with a body of about `size` characters. */
export function syntheticEntries(count: number, size: number, now: number): ExportEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    kind: 'lesson' as const,
    title: `Lesson ${i}: what the week taught`,
    date: '2026-06-01',
    fields: { situation: `Lesson number ${i}` },
    body: lexicalFromParagraphs([`Paragraph ${i} `.repeat(Math.ceil(size / 14)).slice(0, size)]),
    tags: ['week', `n${i % 10}`],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    version: 1,
    revisions: [],
  }));
}
