'use client';
/**
 * GraphiQL 4 (CodeMirror 5 editors, docs and history plugins), bundled with the portal and
 * pointed at the same-origin /api/graphql. Loaded only in the browser (see QueryExplorer).
 * CodeMirror's text areas carry no name: the wrapper gives each the name of its pane.
 */
import { useEffect, useRef } from 'react';
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
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    nameEditors(root);
    // Editors mount late (and the response editor on the first run): name each as it appears.
    const observer = new MutationObserver(() => nameEditors(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frame} className="graphiql-frame">
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={defaultTabs}
        query={content?.query}
        variables={content?.variables}
        defaultEditorToolsVisibility="variables"
        forcedTheme="light"
      />
    </div>
  );
}

/** The pane holding a CodeMirror text area: its section's label; the tools pane holds variables, then headers. */
function nameEditors(root: HTMLElement) {
  for (const area of root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea:not([aria-label])')) {
    const editor = area.closest('.graphiql-editor');
    const tool = editor?.closest('.graphiql-editor-tool');
    const name = tool
      ? [...tool.querySelectorAll(':scope > .graphiql-editor')].indexOf(editor!) === 0
        ? 'Variables (JSON)'
        : 'Headers (JSON)'
      : area.closest('section[aria-label]')?.getAttribute('aria-label');
    if (name) area.setAttribute('aria-label', name);
  }
}
