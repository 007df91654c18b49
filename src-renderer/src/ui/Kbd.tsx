import { formatKeybinding } from '../workbench/keybindings';

// A shortcut shown the way the user presses it on this platform (Cmd on macOS).
export function Kbd({ binding }: { binding: string }) {
  return <kbd className="kbd">{formatKeybinding(binding)}</kbd>;
}
