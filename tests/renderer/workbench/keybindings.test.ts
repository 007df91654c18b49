// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  findCommandForEvent,
  formatKeybinding,
  matchesChord,
  parseKeybinding,
} from '../../../src-renderer/src/workbench/keybindings';
import type { Command } from '../../../src-renderer/src/workbench/types';

const key = (init: KeyboardEventInit, target?: EventTarget) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('keybindings', () => {
  it('parses chords, with Ctrl meaning Cmd on macOS', () => {
    expect(parseKeybinding('Ctrl+Shift+P', false)).toEqual({
      ctrl: true,
      shift: true,
      alt: false,
      meta: false,
      key: 'p',
    });
    expect(parseKeybinding('Ctrl+Shift+P', true)).toEqual({
      ctrl: false,
      shift: true,
      alt: false,
      meta: true,
      key: 'p',
    });
    expect(parseKeybinding('Alt+ArrowUp', false)).toEqual({
      ctrl: false,
      shift: false,
      alt: true,
      meta: false,
      key: 'arrowup',
    });
    expect(parseKeybinding('F1', false).key).toBe('f1');
  });

  it('formats for the platform', () => {
    expect(formatKeybinding('Ctrl+Shift+F', false)).toBe('Ctrl+Shift+F');
    expect(formatKeybinding('Ctrl+Shift+F', true)).toBe('⇧⌘F');
    expect(formatKeybinding('Alt+ArrowUp', false)).toBe('Alt+↑');
    expect(formatKeybinding('F1', false)).toBe('F1');
    expect(formatKeybinding('Ctrl+PageDown', false)).toBe('Ctrl+PageDown');
  });

  it('matches exact modifiers only, by key or physical code', () => {
    const chord = parseKeybinding('Ctrl+Shift+P', false);
    expect(matchesChord(key({ key: 'P', ctrlKey: true, shiftKey: true }), chord)).toBe(true);
    expect(
      matchesChord(key({ key: 'π', code: 'KeyP', ctrlKey: true, shiftKey: true }), chord),
    ).toBe(true);
    expect(matchesChord(key({ key: 'p', ctrlKey: true }), chord)).toBe(false);
    expect(
      matchesChord(key({ key: 'P', ctrlKey: true, shiftKey: true, altKey: true }), chord),
    ).toBe(false);
    expect(
      matchesChord(
        key({ key: 'à', code: 'Digit0', ctrlKey: true }),
        parseKeybinding('Ctrl+0', false),
      ),
    ).toBe(true);
  });

  it('leaves plain typing in text fields alone but takes chords and function keys', () => {
    const commands: Command[] = [
      { id: 'plain', title: 'Plain', keybinding: 'Delete', run: () => {} },
      { id: 'chord', title: 'Chord', keybinding: 'Ctrl+W', run: () => {} },
      { id: 'fkey', title: 'F key', keybinding: 'F1', run: () => {} },
      { id: 'hidden', title: 'Hidden', keybinding: 'Ctrl+J', when: () => false, run: () => {} },
    ];
    const input = document.createElement('input');
    expect(findCommandForEvent(key({ key: 'Delete' }, input), commands)).toBeUndefined();
    expect(findCommandForEvent(key({ key: 'Delete' }, document.body), commands)?.id).toBe('plain');
    expect(findCommandForEvent(key({ key: 'w', ctrlKey: true }, input), commands)?.id).toBe(
      'chord',
    );
    expect(findCommandForEvent(key({ key: 'F1' }, input), commands)?.id).toBe('fkey');
    expect(
      findCommandForEvent(key({ key: 'j', ctrlKey: true }, document.body), commands),
    ).toBeUndefined();
  });
});
