// Sends the files of an import: in one data.import request when they fit one, else in pieces
// (data.importUpload, each well under browser mode's request limit) and then data.import by the
// upload's id. The renderer never knows the transport, so both take the same path.
import type { ImportReport } from '../../../../src-main/shared/data/exportFormat';
import { fitsOneRequest, importRequests } from '../../../../src-main/shared/data/importChunks';
import { IMPORT_CHUNK_CHARS } from '../../../../src-main/shared/limits';
import { importData, uploadImportPiece } from './dataQueries';
import type { ImportFile } from './readImportFiles';

/** Called after each piece is received: how many of how many requests are through. */
export type SendProgress = (sent: number, of: number) => void;

export async function sendImport(
  files: ImportFile[],
  progress: SendProgress = () => {},
  chunkChars = IMPORT_CHUNK_CHARS,
): Promise<ImportReport> {
  if (fitsOneRequest(files, chunkChars)) return importData({ files });
  const uploadId = crypto.randomUUID();
  const requests = importRequests(files, chunkChars);
  for (const [i, pieces] of requests.entries()) {
    await uploadImportPiece({ uploadId, pieces });
    progress(i + 1, requests.length);
  }
  return importData({ uploadId });
}
