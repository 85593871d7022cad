'use client';
/**
 * /explorer: example operations on the left, GraphiQL on the right. `?query=&variables=`
 * (what "Open in query explorer" on /explore sends) or `?example=<id>` open with that
 * operation in the editor. While GraphiQL's docs or history pane is open, the layout says so
 * (data-pane-open) and, on a screen under 1680 px, the examples fold into a drawer (ExampleList).
 */
import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import { useApiQuery } from '@/lib/query';
import { EXAMPLES, READ_ID_PLACEHOLDER, type Example } from './examples';
import { ExampleList } from './ExampleList';
import { ExplorerSampleReadQuery } from './explorer-queries';
import type { EditorContent } from './GraphiQLPanel';
import './explorer.css';

const GraphiQLPanel = dynamic(() => import('./GraphiQLPanel'), {
  ssr: false,
  loading: () => <div className="graphiql-loading">Loading the query editor…</div>,
});

function contentOf(example: Example, readId: string, flip: boolean): EditorContent {
  const variables = JSON.stringify(example.variables, null, 2).replace(READ_ID_PLACEHOLDER, readId);
  // GraphiQL replaces the editor text only when the prop changes: a trailing newline that
  // alternates lets the same example be re-applied after it was edited.
  return { query: example.query + (flip ? '\n' : ''), variables };
}

export function QueryExplorer() {
  const params = useSearchParams();
  const sample = useApiQuery(ExplorerSampleReadQuery, {}).data;
  const readId = sample?.reads.edges[0]?.node.id ?? READ_ID_PLACEHOLDER;
  const synthetic = sample?.dataset.synthetic ?? false;
  // Without a query in the URL, open on the first example (GraphiQL 4 shows a default tab's
  // variables only when they are passed as props).
  const [active, setActive] = useState<string | null>(
    () => params.get('example') ?? (params.get('query') ? null : EXAMPLES[0]!.id),
  );
  const [flip, setFlip] = useState(false);

  const fromUrl = useMemo<EditorContent | undefined>(() => {
    const query = params.get('query');
    if (!query) return undefined;
    return { query, variables: params.get('variables') ?? '{}' };
  }, [params]);

  const example = EXAMPLES.find((e) => e.id === active);
  const content = example ? contentOf(example, readId, flip) : fromUrl;
  const defaultTabs = useMemo(() => EXAMPLES.slice(0, 3).map((e) => contentOf(e, READ_ID_PLACEHOLDER, false)), []);
  const [paneOpen, setPaneOpen] = useState(false);

  return (
    <main className="explorer-page">
      <SyntheticNotice synthetic={synthetic} compact />
      <div className="explorer-layout" data-pane-open={paneOpen}>
        {/* Keyed: the drawer starts closed each time the pane opens or closes. */}
        <ExampleList
          key={String(paneOpen)}
          active={active}
          onPick={(id) => {
            setActive(id);
            setFlip((f) => !f);
          }}
        />
        <div className="graphiql-host" data-testid="graphiql-host">
          <GraphiQLPanel content={content} defaultTabs={defaultTabs} onPaneChange={setPaneOpen} />
        </div>
      </div>
    </main>
  );
}
