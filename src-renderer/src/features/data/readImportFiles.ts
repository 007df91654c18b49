// Reads the files a person picked for an import into { name, text } for the `data.import` channel.
// A zip is opened in a worker, with its size checked first (zipImport.ts): its ladder-export.json is
// what restores everything; a zip without one gives its Markdown notes instead.
import { openZip } from './openZip';

export interface ImportFile {
  name: string;
  text: string;
}

/**
 * The export is indented for people; sent without the indentation it is about a third smaller,
 * which keeps large journals under the browser-mode request limit. Same values, nothing lost.
 */
function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** A zip Ladder will not open (a zip bomb, a damaged file): the whole import stops with this reason. */
export class ZipRefused extends Error {}

async function fromZip(file: File): Promise<ImportFile[]> {
  const outcome = await openZip(file, pathOf(file));
  if (!outcome.ok) throw new ZipRefused(`${pathOf(file)}: ${outcome.reason}`);
  return outcome.files;
}

/** Hidden files and folders (.obsidian, .DS_Store, .trash) are not notes: they are left out. */
function hidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/**
 * Bytes of the picked files that go into the request as they are (notes). The request is at least
 * this large, so it can be refused before anything is read; a zip is unpacked and a .json compacted,
 * so their size tells nothing certain, and other files are not sent.
 */
export function leastRequestBytes(files: readonly File[]): number {
  return files
    .filter((file) => !hidden(pathOf(file)) && /\.(md|markdown)$/i.test(pathOf(file)))
    .reduce((sum, file) => sum + file.size, 0);
}

export async function readImportFiles(files: readonly File[]): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const file of files) {
    const name = pathOf(file);
    if (hidden(name)) continue;
    if (/\.zip$/i.test(name)) {
      out.push(...(await fromZip(file)));
    } else if (/\.json$/i.test(name)) {
      out.push({ name, text: compactJson(await file.text()) });
    } else if (/\.(md|markdown)$/i.test(name)) {
      out.push({ name, text: await file.text() });
    } else {
      // Not read (a folder can hold pictures and videos): the main side lists it as left out.
      out.push({ name, text: '' });
    }
  }
  return out;
}
