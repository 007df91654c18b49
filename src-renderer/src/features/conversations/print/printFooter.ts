// The document title in the printed footer. @page margin boxes only take text from CSS, and the CSP
// forbids <style> elements, so the rule goes into a constructed style sheet (CSSOM, which CSP allows).

/** A CSS string literal holding `text` as text: every character outside [A-Za-z0-9 ] is hex-escaped. */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) {
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0x20).toString(16)} `;
  }
  return `"${out}"`;
}

const FOOTER_STYLE =
  "font-family: Georgia, 'Times New Roman', serif; font-size: 9pt; color: #3d3d3d;";

/** The footer rule for both named pages of print.css. */
export function footerRule(title: string): string {
  const box = `@bottom-left { content: ${cssString(title)}; ${FOOTER_STYLE} }`;
  return `@page agenda-a4 { ${box} } @page agenda-letter { ${box} }`;
}

let sheet: CSSStyleSheet | null = null;

/** Shows `title` in the footer of every printed page; null removes it. */
export function setPrintFooter(title: string | null): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(title === null ? '' : footerRule(title));
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Without constructed sheets the footer keeps its page numbers only.
  }
}
