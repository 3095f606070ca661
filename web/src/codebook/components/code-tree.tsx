import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../api/code';
import { useCodeName } from '../hooks/use-code-name';
import { useCodeTree } from '../hooks/use-code-tree';
import type { CodeNode } from '../utils/code-node';
import { filterCodeTree } from '../utils/filter-code-tree';

interface CodeTreeProps {
  codes: readonly Code[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Heading text; defaults to the codebook's. */
  title?: string;
  testId?: string;
}

/** The codebook as a tree that opens and closes, with a filter; each code a button that chooses it. */
export function CodeTree({ codes, selectedId, onSelect, title, testId = 'code-tree' }: CodeTreeProps) {
  const { t } = useTranslation(['coding']);
  const codeName = useCodeName();
  const tree = useCodeTree(codes);
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const filtered = useMemo(() => filterCodeTree(tree, query), [tree, query]);
  const searching = query.trim() !== '';
  const parents = useMemo(() => codes.filter((code) => codes.some((child) => child.parentId === code.id)).map((code) => code.id), [codes]);

  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderNodes = (nodes: readonly CodeNode[]) => (
    <ul className="code-tree-list">
      {nodes.map((node) => {
        const open = searching || !collapsed.has(node.code.id);
        const hasChildren = node.children.length > 0;
        return (
          <li key={node.code.id} className="code-tree-item">
            <div className="code-tree-row">
              {hasChildren ? (
                <button
                  type="button"
                  className="code-tree-toggle"
                  aria-expanded={open}
                  aria-label={open ? t('coding:tree.collapse', { code: codeName(node.code) }) : t('coding:tree.expand', { code: codeName(node.code) })}
                  onClick={() => toggle(node.code.id)}
                  disabled={searching}
                  data-testid="code-tree-toggle"
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="code-tree-spacer" aria-hidden="true" />
              )}
              <button
                type="button"
                className="code-tree-code"
                aria-current={node.code.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(node.code.id)}
                data-testid="code-tree-code"
                data-code-id={node.code.id}
                data-code-key={node.code.key}
              >
                <span className="code-swatch" style={{ backgroundColor: node.code.color }} aria-hidden="true" />
                {codeName(node.code)}
              </button>
            </div>
            {hasChildren && open && renderNodes(node.children)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <section className="side-panel code-tree" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className="side-panel-title">
        {title ?? t('coding:tree.title')}
      </h2>
      <label className="coding-sub-label" htmlFor={`${testId}-filter`}>
        {t('coding:tree.filter')}
      </label>
      <input
        id={`${testId}-filter`}
        className="input"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        data-testid={`${testId}-filter`}
      />
      {parents.length > 0 && !searching && (
        <div className="button-row code-tree-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => setCollapsed(new Set())}>
            {t('coding:tree.expandAll')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setCollapsed(new Set(parents))}>
            {t('coding:tree.collapseAll')}
          </button>
        </div>
      )}
      {codes.length === 0 ? (
        <p className="muted small">{t('coding:tree.empty')}</p>
      ) : filtered.length === 0 ? (
        <p className="muted small">{t('coding:tree.noMatch')}</p>
      ) : (
        <nav aria-label={title ?? t('coding:tree.title')}>{renderNodes(filtered)}</nav>
      )}
    </section>
  );
}
