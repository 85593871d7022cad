'use client';
/** "Show me the query": the exact operation of the current state, for scripts and GraphiQL. */
import { useState } from 'react';
import { asCurl, asGraphQL, formatOperation } from '@/lib/explore-share';
import { GRAPHQL_PATH } from '@/lib/graphql';
import type { ExploreState } from '@/lib/url-state';
import { copyText } from './clipboard';
import { mainOperation } from './explore-operation';
import { usePopover } from './usePopover';

export function QueryMenu({ state }: { state: ExploreState }) {
  const { ref, close } = usePopover<HTMLDetailsElement>();
  const [status, setStatus] = useState('');
  const op = mainOperation(state);
  const text = { query: op.query, variables: op.variables as unknown as Record<string, unknown> };
  const copy = async (what: 'GraphQL' | 'curl') => {
    const content = what === 'GraphQL' ? asGraphQL(text) : asCurl(text, `${window.location.origin}${GRAPHQL_PATH}`);
    try {
      await copyText(content);
      setStatus(
        `Copied the ${what === 'GraphQL' ? 'GraphQL operation and variables' : 'curl command'} to the clipboard.`,
      );
    } catch (err) {
      setStatus(`Could not copy: ${(err as Error).message}`);
    }
    close();
    setTimeout(() => setStatus(''), 4000);
  };
  const explorerHref = `/explorer?query=${encodeURIComponent(formatOperation(op.query))}&variables=${encodeURIComponent(JSON.stringify(op.variables, null, 2))}`;
  return (
    <div className="menu-wrap">
      <details className="menu" ref={ref}>
        <summary className="button">Query</summary>
        <div className="menu-panel" role="menu">
          <button type="button" role="menuitem" onClick={() => copy('GraphQL')} data-testid="copy-graphql">
            Copy as GraphQL
            <span className="menu-hint">operation + variables</span>
          </button>
          <button type="button" role="menuitem" onClick={() => copy('curl')} data-testid="copy-curl">
            Copy as curl
            <span className="menu-hint">POST to this portal’s /api/graphql</span>
          </button>
          <a role="menuitem" href={explorerHref} onClick={close}>
            Open in query explorer
            <span className="menu-hint">edit and run it in GraphiQL</span>
          </a>
        </div>
      </details>
      <span className="toast" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
