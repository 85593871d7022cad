'use client';
/**
 * Under the search box: what the API searched besides the words as typed — other forms of a
 * word found in the dataset and thesaurus synonyms (docs/api.md#full-text-search), so a count
 * larger than the typed words suggest is never a mystery.
 */
import type { SearchExpansionItemFragment } from '@/generated/graphql';

export function SearchExpansions({ expansions }: { expansions: readonly SearchExpansionItemFragment[] }) {
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
      .
    </p>
  );
}

function quoted(term: string): string {
  return term.includes(' ') ? `“${term}”` : term;
}
