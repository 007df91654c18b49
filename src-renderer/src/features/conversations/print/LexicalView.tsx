// Lexical editor-state JSON rendered as plain React elements for print: text is always text (React
// escapes it), no HTML is ever injected, links show their address instead of being followable, and
// unknown node types fall back to their children.
import type { ReactNode } from 'react';
import {
  childrenOf,
  FORMAT,
  MAX_DEPTH,
  type LexicalJsonNode,
} from '../../../../../src-main/shared/journal/lexicalJson';
import { entryIdFromLink } from '../../../../../src-main/shared/journal/entryLinks';

type JsonNode = LexicalJsonNode;

const {
  bold: BOLD,
  italic: ITALIC,
  strikethrough: STRIKETHROUGH,
  underline: UNDERLINE,
  code: CODE,
} = FORMAT;

function parse(json: string): JsonNode | null {
  if (!json) return null;
  try {
    const root = (JSON.parse(json) as { root?: unknown } | null)?.root;
    return root && typeof root === 'object' ? (root as JsonNode) : null;
  } catch {
    return null;
  }
}

function textOf(node: JsonNode, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node)
    .map((child) => textOf(child, depth + 1))
    .join('');
}

function renderText(node: JsonNode, key: number): ReactNode {
  const text = typeof node.text === 'string' ? node.text : '';
  const format = typeof node.format === 'number' ? node.format : 0;
  let out: ReactNode = text;
  if (format & CODE) out = <code>{out}</code>;
  if (format & BOLD) out = <strong>{out}</strong>;
  if (format & ITALIC) out = <em>{out}</em>;
  if (format & UNDERLINE) out = <u>{out}</u>;
  if (format & STRIKETHROUGH) out = <s>{out}</s>;
  return <span key={key}>{out}</span>;
}

function renderChildren(node: JsonNode, depth: number): ReactNode[] {
  return childrenOf(node).map((child, i) => renderNode(child, i, depth + 1));
}

function renderNode(node: JsonNode, key: number, depth: number): ReactNode {
  if (depth > MAX_DEPTH) return null;
  switch (node.type) {
    case 'text':
    case 'code-highlight':
      return renderText(node, key);
    case 'linebreak':
      return <br key={key} />;
    case 'tab':
      return <span key={key}>{'\t'}</span>;
    case 'paragraph':
      return <p key={key}>{renderChildren(node, depth)}</p>;
    case 'heading': {
      // Headings inside talking points sit under the item's own heading (h3).
      const level = /^h([1-6])$/.exec(String(node.tag))?.[1];
      const Tag = (['h4', 'h5', 'h6'] as const)[Math.min(2, Math.max(0, Number(level ?? 1) - 1))]!;
      return <Tag key={key}>{renderChildren(node, depth)}</Tag>;
    }
    case 'quote':
      return <blockquote key={key}>{renderChildren(node, depth)}</blockquote>;
    case 'code':
      return <pre key={key}>{textOf(node, depth)}</pre>;
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key}>{renderChildren(node, depth)}</ol>
      ) : (
        <ul key={key} className={node.listType === 'check' ? 'agenda-lx-checklist' : undefined}>
          {renderChildren(node, depth)}
        </ul>
      );
    case 'listitem':
      return (
        <li key={key}>
          {node.checked === true ? '☑ ' : node.checked === false ? '☐ ' : null}
          {renderChildren(node, depth)}
        </li>
      );
    case 'link':
    case 'autolink': {
      // A link to another entry means nothing on paper: its text only, never its ladder: address.
      const raw = typeof node.url === 'string' ? node.url : '';
      const url = entryIdFromLink(raw.trim()) === null ? raw : '';
      const label = textOf(node, depth);
      return (
        <span key={key} className="agenda-lx-link">
          {renderChildren(node, depth)}
          {url && url !== label ? ` (${url})` : null}
        </span>
      );
    }
    default:
      return <span key={key}>{renderChildren(node, depth)}</span>;
  }
}

/** True when the state holds no visible text. */
export function isEmptyLexical(json: string): boolean {
  const root = parse(json);
  return !root || textOf(root).trim() === '';
}

export function LexicalView({ json, className }: { json: string; className?: string }) {
  const root = parse(json);
  if (!root || textOf(root).trim() === '') return null;
  return <div className={className}>{renderChildren(root, 0)}</div>;
}
