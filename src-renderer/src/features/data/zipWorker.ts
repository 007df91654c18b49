// Opens an import's zip off the page's thread: a large or hostile zip never freezes the page.
import { readImportZip } from '../../../../src-main/shared/data/zipImport';

interface Request {
  bytes: ArrayBuffer;
  prefix: string;
}

self.onmessage = (event: MessageEvent<Request>) => {
  self.postMessage(readImportZip(new Uint8Array(event.data.bytes), event.data.prefix));
};
