// How the editor opens a link to another entry. The workbench sets the opener at start (see
// workbench/entryLinks.ts), so the editor needs nothing of the workbench or of any feature.
type Opener = (id: string) => void | Promise<void>;

let opener: Opener | null = null;

export function setEntryLinkOpener(next: Opener | null): void {
  opener = next;
}

export function openEntryLink(id: string): void {
  void opener?.(id);
}
