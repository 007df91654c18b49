// Stored state is read once on mount. Something that is not a Lexical document (damaged row, empty
// string) opens as an empty page instead of crashing the editor.
export function usableInitialState(json: string): string | undefined {
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as { root?: { type?: unknown; children?: unknown } } | null;
    const root = parsed?.root;
    if (root && root.type === 'root' && Array.isArray(root.children) && root.children.length > 0)
      return json;
  } catch {
    // Falls through to an empty document.
  }
  return undefined;
}
