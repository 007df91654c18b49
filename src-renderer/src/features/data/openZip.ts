// Runs the zip reading in a worker; where no worker can start (tests in jsdom), on the page itself.
import { readImportZip, type ZipOutcome } from '../../../../src-main/shared/data/zipImport';

function inWorker(bytes: ArrayBuffer, prefix: string): Promise<ZipOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./zipWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ZipOutcome>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('The zip reader could not start.'));
    };
    worker.postMessage({ bytes, prefix }, [bytes]);
  });
}

export async function openZip(file: File, prefix: string): Promise<ZipOutcome> {
  if (typeof Worker === 'undefined')
    return readImportZip(new Uint8Array(await file.arrayBuffer()), prefix);
  try {
    return await inWorker(await file.arrayBuffer(), prefix);
  } catch {
    // The bytes went to the worker; read them again for the page.
    return readImportZip(new Uint8Array(await file.arrayBuffer()), prefix);
  }
}
