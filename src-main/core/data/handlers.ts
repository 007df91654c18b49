// The export and import channels → their services.
import type { Handlers } from '../../shared/contract';
import type { dataChannels } from '../../shared/data/dataChannels';
import type { ExportService } from './exportData';
import type { ImportService } from './importData';

export function dataHandlers(s: {
  dataExport: ExportService;
  dataImport: ImportService;
}): Handlers<keyof typeof dataChannels> {
  return {
    'data.export': () => s.dataExport.export(),
    'data.importUpload': s.dataImport.importUpload,
    'data.import': s.dataImport.import,
  };
}
