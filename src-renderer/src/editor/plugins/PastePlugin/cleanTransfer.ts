// A read-only stand-in for a clipboard or drag DataTransfer whose HTML has been sanitised. Lexical's own
// import pipeline then runs on it unchanged, so pasting and dropping behave exactly as Lexical intends,
// minus whatever sanitizePaste refuses.
import { sanitizePaste } from '../../sanitizePaste';

const KEPT_TYPES = ['application/x-lexical-editor', 'text/html', 'text/plain', 'text/uri-list'];

export function cleanTransfer(source: DataTransfer): DataTransfer {
  const data = new Map<string, string>();
  for (const type of KEPT_TYPES) {
    const value = source.getData(type);
    if (value) data.set(type, type === 'text/html' ? sanitizePaste(value) : value);
  }
  const snapshot = {
    types: Array.from(data.keys()),
    files: [] as unknown as FileList,
    items: [] as unknown as DataTransferItemList,
    getData: (type: string) => data.get(type) ?? '',
    setData: () => undefined,
    clearData: () => undefined,
  };
  return snapshot as unknown as DataTransfer;
}

export function hasText(transfer: DataTransfer): boolean {
  return KEPT_TYPES.some((type) => transfer.getData(type) !== '');
}
