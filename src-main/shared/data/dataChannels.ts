// Export everything (a zip as base64) and import Ladder exports or Markdown notes: names and result types.
import { returns } from '../channelParts';
import type { ExportResult, ImportReport } from './exportFormat';

export const dataChannels = {
  'data.export': returns<ExportResult>(),
  'data.import': returns<ImportReport>(),
};
