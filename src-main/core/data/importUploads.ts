// The pieces of large imports (data.importUpload), held until data.import takes them by their id.
// Kept as UTF-8 bytes, so they pass to the import's worker without a copy. An import is capped as a
// whole (MAX_IMPORT_BYTES, the uploads waiting together too), and an upload nobody finishes (a tab
// closed half-way) is dropped after a while rather than held for the life of the app.
import { LadderError } from '../../shared/errors';
import type { ParsedArgs } from '../../shared/contract';
import type { UploadProgress } from '../../shared/data/dataChannels';
import { MAX_IMPORT_BYTES } from '../../shared/limits';

/** An upload untouched this long is dropped. */
export const UPLOAD_IDLE_MS = 10 * 60_000;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

interface Upload {
  files: { name: string; parts: Buffer[] }[];
  bytes: number;
  touchedAt: number;
}

export function tooLargeImport(): LadderError {
  const mib = MAX_IMPORT_BYTES / (1024 * 1024);
  return new LadderError(
    'payload-too-large',
    `Nothing was imported: this import comes to more than ${mib} MiB, the most Ladder takes in one import. ` +
      'Import it in parts (fewer notes, or one export file, at a time).',
  );
}

export function createImportUploads(now: () => number, cap = MAX_IMPORT_BYTES) {
  const uploads = new Map<string, Upload>();
  const held = (): number => [...uploads.values()].reduce((sum, u) => sum + u.bytes, 0);
  const sweep = (): void => {
    for (const [id, u] of uploads) if (now() - u.touchedAt > UPLOAD_IDLE_MS) uploads.delete(id);
  };

  return {
    add: ({ uploadId, pieces }: ParsedArgs<'data.importUpload'>): UploadProgress => {
      sweep();
      const upload = uploads.get(uploadId) ?? { files: [], bytes: 0, touchedAt: now() };
      const parts = pieces.map((p) => Buffer.from(p.text, 'utf8'));
      const adding = parts.reduce((sum, b) => sum + b.length, 0);
      if (held() + adding > cap) {
        uploads.delete(uploadId);
        throw tooLargeImport();
      }
      pieces.forEach((p, i) => {
        const file = upload.files[p.file];
        if (file === undefined) {
          if (p.file !== upload.files.length)
            throw new LadderError('invalid-argument', 'Import pieces arrived out of order.');
          upload.files.push({ name: p.name, parts: [parts[i] as Buffer] });
        } else if (file.name !== p.name) {
          throw new LadderError('invalid-argument', 'Import pieces of one file carry two names.');
        } else file.parts.push(parts[i] as Buffer);
      });
      upload.bytes += adding;
      upload.touchedAt = now();
      uploads.set(uploadId, upload);
      return { received: upload.bytes };
    },
    /** The upload's files, whole; it is forgotten here. */
    take: (uploadId: string): UploadedFile[] => {
      const upload = uploads.get(uploadId);
      uploads.delete(uploadId);
      if (!upload)
        throw new LadderError(
          'not-found',
          'That import was not fully received (or it waited too long). Choose the files again.',
        );
      // Each file in an ArrayBuffer of its own (never Buffer's shared pool), so it can be transferred.
      return upload.files.map((f) => {
        const bytes = new Uint8Array(f.parts.reduce((sum, b) => sum + b.length, 0));
        let at = 0;
        for (const part of f.parts) {
          bytes.set(part, at);
          at += part.length;
        }
        return { name: f.name, bytes };
      });
    },
  };
}
