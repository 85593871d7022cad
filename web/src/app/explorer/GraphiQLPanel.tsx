'use client';
/**
 * GraphiQL 4 (CodeMirror 5 editors, docs and history plugins), bundled with the portal and
 * pointed at the same-origin /api/graphql. Loaded only in the browser (see QueryExplorer).
 */
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import { GRAPHQL_PATH } from '@/lib/graphql';

const fetcher = createGraphiQLFetcher({ url: GRAPHQL_PATH });

export interface EditorContent {
  query: string;
  variables: string;
}

export default function GraphiQLPanel({
  content,
  defaultTabs,
}: {
  content: EditorContent | undefined;
  defaultTabs: EditorContent[];
}) {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      query={content?.query}
      variables={content?.variables}
      defaultEditorToolsVisibility="variables"
      forcedTheme="light"
    />
  );
}
