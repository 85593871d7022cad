'use client';
/**
 * GraphiQL 4 (CodeMirror 5 editors, docs and history plugins), bundled with the portal and
 * pointed at the same-origin /api/graphql. Loaded only in the browser (see QueryExplorer).
 * CodeMirror's text areas carry no name: the wrapper gives each the name of its pane.
 */
import { useCallback, useEffect, useRef } from 'react';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createGraphiQLFetcher, type Storage } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import { GRAPHQL_PATH } from '@/lib/graphql';

const fetcher = createGraphiQLFetcher({ url: GRAPHQL_PATH });

/**
 * GraphiQL's default splits (flex of the first pane against the second's 1) leave the query editor
 * narrow: 1 : 1 beside an empty response, and a third of the rest for the docs. Until the user drags
 * a divider (GraphiQL then stores their split as usual) the editor gets two thirds of the editor and
 * response area, and the docs pane a fifth of the width (about 250 px at 1280, 290 at 1440).
 */
const DEFAULTS: Record<string, string> = {
  'graphiql:editorFlex': '2',
  'graphiql:docExplorerFlex': '0.25',
};

/** localStorage, answering DEFAULTS for keys never stored. */
const storage: Storage = {
  getItem: (key) => localStorage.getItem(key) ?? DEFAULTS[key] ?? null,
  setItem: (key, value) => localStorage.setItem(key, value),
  removeItem: (key) => localStorage.removeItem(key),
  clear: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('graphiql:')) localStorage.removeItem(key);
  },
  get length() {
    return Object.keys(localStorage).filter((key) => key.startsWith('graphiql:')).length;
  },
};

export interface EditorContent {
  query: string;
  variables: string;
}

export default function GraphiQLPanel({
  content,
  defaultTabs,
  onPaneChange,
}: {
  content: EditorContent | undefined;
  defaultTabs: EditorContent[];
  /** Called when GraphiQL opens or closes its side pane (docs or history). Keep it stable (see onToggle). */
  onPaneChange: (open: boolean) => void;
}) {
  const frame = useRef<HTMLDivElement>(null);
  // GraphiQL re-applies its `visiblePlugin` prop (none: closing the pane) whenever this callback changes.
  const onToggle = useCallback<NonNullable<GraphiQLProps['onTogglePluginVisibility']>>(
    (plugin) => onPaneChange(plugin !== null),
    [onPaneChange],
  );
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
        storage={storage}
        defaultTabs={defaultTabs}
        query={content?.query}
        variables={content?.variables}
        defaultEditorToolsVisibility="variables"
        forcedTheme="light"
        onTogglePluginVisibility={onToggle}
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
