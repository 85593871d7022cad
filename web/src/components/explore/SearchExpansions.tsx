'use client';
/**
 * Under the search box: what the API searched besides the words as typed — other forms of a
 * word found in the dataset and thesaurus synonyms (docs/api.md#full-text-search) — so a count
 * larger than the typed words suggest is never a mystery, with a switch to search as written.
 */
import type { SearchExpansionItemFragment } from '@/generated/graphql';

interface Props {
  expansions: readonly SearchExpansionItemFragment[];
  exact: boolean;
  onExact: (exact: boolean) => void;
}

export function SearchExpansions({ expansions, exact, onExact }: Props) {
  if (exact)
    return (
      <p className="search-expansions muted" data-testid="search-expansions">
        Searched as written.{' '}
        <button type="button" className="link-button" onClick={() => onExact(false)}>
          Include other word forms and synonyms
        </button>
      </p>
    );
  if (expansions.length === 0) return null;
  return (
    <p className="search-expansions muted" data-testid="search-expansions">
      Also searched:{' '}
      {expansions.map((e, i) => (
        <span key={e.term}>
          {i > 0 && '; '}
          <strong>{e.term}</strong> → {[...e.forms, ...e.synonyms].map(quoted).join(', ')}
        </span>
      ))}
      .{' '}
      <button type="button" className="link-button" onClick={() => onExact(true)} data-testid="search-exact">
        Search as written
      </button>
    </p>
  );
}

function quoted(term: string): string {
  return term.includes(' ') ? `“${term}”` : term;
}
