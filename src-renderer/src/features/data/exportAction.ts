// `Ladder: Export Everything...`: asks the main side for the zip and saves it.
import { exportData } from './dataQueries';
import { notify } from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';
import { base64ToBytes, saveFile } from './download';
import { sizeText } from './sizeText';

export async function exportEverything(): Promise<void> {
  try {
    const result = await exportData({});
    saveFile(base64ToBytes(result.zipBase64), result.fileName, 'application/zip');
    const { entries, conversations } = result.counts;
    notify(
      'info',
      `Exported ${entries} ${entries === 1 ? 'entry' : 'entries'} and ${conversations} ${conversations === 1 ? 'conversation' : 'conversations'} to ${result.fileName} (${sizeText(result.bytes)}).`,
    );
  } catch (error) {
    notify('error', `The export did not complete: ${errorMessage(error)}`);
  }
}
