// Export everything (a zip as base64) and import Ladder exports or Markdown notes: names and result types.
// A large import is sent in pieces first (data.importUpload), then imported by its upload id.
import { returns } from '../channelParts';
import type { ExportResult, ImportReport } from './exportFormat';

export interface UploadProgress {
  /** UTF-8 bytes received so far for this upload. */
  received: number;
}

export const dataChannels = {
  'data.export': returns<ExportResult>(),
  'data.importUpload': returns<UploadProgress>(),
  'data.import': returns<ImportReport>(),
};
