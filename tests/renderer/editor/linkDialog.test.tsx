// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { $getRoot, $isTextNode, $setSelection } from 'lexical';
import { renderEditor, settle } from './editorHarness';

afterEach(cleanup);

async function openDialogOnWord() {
  const { editor } = await renderEditor();
  await settle(() =>
    editor.update(
      () => {
        $setSelection(null);
        const text = $getRoot().getFirstDescendant();
        if ($isTextNode(text)) text.select(6, 11);
      },
      { discrete: true },
    ),
  );
  await settle(() =>
    fireEvent.click(within(screen.getByRole('toolbar')).getByRole('button', { name: 'Link' })),
  );
  return editor;
}

describe('link dialog', () => {
  it('refuses a javascript: address and says why', async () => {
    await openDialogOnWord();
    const dialog = screen.getByRole('dialog', { name: 'Link' });
    const input = within(dialog).getByLabelText('Link address');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'javascript:alert(1)' } });
    await settle(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' })));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/https/);
    expect(screen.getByRole('textbox', { name: 'Entry text' }).querySelector('a')).toBeNull();
  });

  it('links the selected word, completing a bare address with https://', async () => {
    await openDialogOnWord();
    const dialog = screen.getByRole('dialog', { name: 'Link' });
    fireEvent.change(within(dialog).getByLabelText('Link address'), {
      target: { value: 'example.com/plan' },
    });
    await settle(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' })));
    expect(screen.queryByRole('dialog')).toBeNull();
    const link = screen.getByRole('textbox', { name: 'Entry text' }).querySelector('a');
    expect(link?.textContent).toBe('world');
    expect(link?.getAttribute('href')).toBe('https://example.com/plan');
    expect(
      within(screen.getByRole('toolbar'))
        .getByRole('button', { name: 'Link' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('closes on Escape without changing the text', async () => {
    await openDialogOnWord();
    const input = screen.getByLabelText('Link address');
    await settle(() => fireEvent.keyDown(input, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Entry text' }).querySelector('a')).toBeNull();
  });
});
