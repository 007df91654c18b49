// Reads the files a person picked for an import into { name, text } for the `data.import` channel.
// A zip is opened here (Ladder's own export): its ladder-export.json is what restores everything;
// a zip without one gives its Markdown notes instead.
import { EXPORT_JSON_NAME } from '../../../../src-main/shared/exportNames';

export interface ImportFile {
  name: string;
  text: string;
}

const decoder = new TextDecoder('utf-8');

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

async function fromZip(file: File): Promise<ImportFile[]> {
  const { unzipSync } = await import('fflate');
  const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
  const names = Object.keys(entries);
  const json = names.find((n) => n === EXPORT_JSON_NAME || n.endsWith(`/${EXPORT_JSON_NAME}`));
  if (json !== undefined) return [{ name: `${pathOf(file)}/${json}`, text: compactJson(decoder.decode(entries[json])) }];
  const notes = names.filter((n) => /\.(md|markdown)$/i.test(n));
  return notes.map((n) => ({ name: `${pathOf(file)}/${n}`, text: decoder.decode(entries[n]) }));
}

/** Hidden files and folders (.obsidian, .DS_Store, .trash) are not notes: they are left out. */
function hidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/**
 * Bytes of the picked files that go into the request as they are (notes). The request is at least
 * this large, so it can be refused before anything is read; a zip is unpacked and a .json compacted,
 * so their size tells nothing certain.
 */
export function leastRequestBytes(files: readonly File[]): number {
  return files
    .filter((file) => !hidden(pathOf(file)) && !/\.(zip|json)$/i.test(pathOf(file)))
    .reduce((sum, file) => sum + file.size, 0);
}

export async function readImportFiles(files: readonly File[]): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const file of files) {
    const name = pathOf(file);
    if (hidden(name)) continue;
    if (/\.zip$/i.test(name)) {
      try {
        out.push(...(await fromZip(file)));
      } catch {
        // The main side reports it with a reason like any file it cannot read.
        out.push({ name, text: '' });
      }
    } else {
      out.push({ name, text: /\.json$/i.test(name) ? compactJson(await file.text()) : await file.text() });
    }
  }
  return out;
}
