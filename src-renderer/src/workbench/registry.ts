// Contributions: features register commands, side-bar views and editor types here at import time.
import type { Command, EditorType, SideBarView, StartScreenLoader, StatusItem } from './types';

const commands = new Map<string, Command>();
const views = new Map<string, SideBarView>();
const editors = new Map<string, EditorType>();
const statusItems = new Map<string, StatusItem>();

export function registerCommand(command: Command): void {
  commands.set(command.id, command);
}

export function registerCommands(list: Command[]): void {
  list.forEach(registerCommand);
}

export function getCommands(): Command[] {
  return [...commands.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export function getCommand(id: string): Command | undefined {
  return commands.get(id);
}

export async function executeCommand(id: string): Promise<void> {
  const command = commands.get(id);
  if (!command) throw new Error(`Unknown command ${id}`);
  await command.run();
}

export function registerView(view: SideBarView): void {
  views.set(view.id, view);
}

export function getViews(): SideBarView[] {
  return [...views.values()].sort((a, b) => a.order - b.order);
}

export function registerEditor(editor: EditorType): void {
  editors.set(editor.type, editor);
}

export function getEditor(type: string): EditorType | undefined {
  return editors.get(type);
}

export function registerStatusItem(item: StatusItem): void {
  statusItems.set(item.id, item);
}

export function getStatusItems(side: StatusItem['side']): StatusItem[] {
  return [...statusItems.values()].filter((i) => i.side === side).sort((a, b) => a.order - b.order);
}

let startScreen: StartScreenLoader | null = null;

/** The lock feature's screen for a journal that is not open; loaded only when the gate needs it. */
export function registerStartScreen(load: StartScreenLoader): void {
  startScreen = load;
}

export function loadStartScreen(): ReturnType<StartScreenLoader> {
  return startScreen ? startScreen() : Promise.reject(new Error('No start screen was registered'));
}
