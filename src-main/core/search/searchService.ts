// Search rules: split the query into terms, keep FTS syntax out of the user's hands,
// use the trigram index for terms of three characters or more and a scan for shorter ones.
import type { ParsedArgs } from '../../shared/contract';
import type { DocumentKind, SearchHit } from '../../shared/domain';
import { HIT_START } from '../../shared/domain';
import { matchSearch, scanSearch, type MatchRow, type ScanRow } from './searchRepository';
import type { ServiceContext } from '../common/context';
import { markTerms, windowAroundHit } from './snippet';

export const DEFAULT_SEARCH_LIMIT = 50;
/** The trigram index cannot find anything shorter than this. */
const INDEX_MIN_CHARS = 3;

export interface ParsedQuery {
  /** FTS5 MATCH expression, every term quoted, joined with AND; '' when no term is long enough. */
  match: string;
  /** The MATCH expression's terms, each quoted. */
  indexTerms: string[];
  /** Terms too short for the index, matched by scanning. */
  shortTerms: string[];
  terms: string[];
}

/** Something worth searching for: not only punctuation or ASCII symbols (emoji count, `%_!` do not). */
const MEANINGFUL = /[^\p{P}\p{Z}\p{Cc}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/u;

/** Whitespace-separated terms; a term of punctuation alone is dropped, so such a query finds nothing. */
export function parseQuery(text: string): ParsedQuery {
  const terms = text
    .normalize('NFC')
    // NUL ends a string inside SQLite's FTS5 query parser ("unterminated string"): it separates terms.
    .split(/[\s\0]+/u)
    .filter((t) => MEANINGFUL.test(t));
  const long = terms.filter((t) => [...t].length >= INDEX_MIN_CHARS);
  const shortTerms = terms.filter((t) => [...t].length < INDEX_MIN_CHARS);
  const indexTerms = long.map((t) => `"${t.replace(/"/g, '""')}"`);
  return { match: indexTerms.join(' AND '), indexTerms, shortTerms, terms };
}

/** What a hit says about its entry, the same for indexed and scanned matches. */
function hitBase(
  row: MatchRow | ScanRow,
): Pick<SearchHit, 'id' | 'kind' | 'title' | 'date' | 'tags'> {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    date: row.date,
    tags: JSON.parse(row.tags) as string[],
  };
}

/** The body text when it holds a match, otherwise the fields when they do. */
function matchedText(text: string, fields: string): string {
  return text.includes(HIT_START) || !fields.includes(HIT_START) ? text : fields;
}

function fromMatch(row: MatchRow): SearchHit {
  return {
    ...hitBase(row),
    snippet: windowAroundHit(matchedText(row.text_hl, row.fields_hl)),
    titleHighlighted: row.title_hl,
    rank: row.rank,
  };
}

function fromScan(row: ScanRow, terms: readonly string[]): SearchHit {
  const titleHighlighted = markTerms(row.title, terms);
  return {
    ...hitBase(row),
    snippet: windowAroundHit(matchedText(markTerms(row.text, terms), markTerms(row.fields, terms))),
    titleHighlighted,
    // Same sense as bm25 (lower is better): title hits first.
    rank: titleHighlighted.includes(HIT_START) ? -2 : -1,
  };
}

export function createSearchService(ctx: ServiceContext) {
  return {
    /** Hits best first; `rank` is lower for better matches. */
    query(args: ParsedArgs<'search.query'>): SearchHit[] {
      const q = parseQuery(args.text);
      if (q.terms.length === 0) return [];
      const limit = args.limit ?? DEFAULT_SEARCH_LIMIT;
      if (q.match)
        return matchSearch(ctx.db, q.match, q.indexTerms, q.shortTerms, args, limit).map(fromMatch);
      const hits = scanSearch(ctx.db, q.shortTerms, args, limit).map((row) =>
        fromScan(row, q.shortTerms),
      );
      return hits.sort((a, b) => a.rank - b.rank);
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
