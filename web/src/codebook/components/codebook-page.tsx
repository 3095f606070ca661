import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CodingNav } from '../../coding/components/coding-nav';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useCodebook } from '../hooks/use-codebook';
import { CodeDetail } from './code-detail';
import { CodeEditor } from './code-editor';
import { CodeTree } from './code-tree';

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'create'; parentId: string | null };

/** The shared codebook: the tree on the left, the chosen code (or the editor) on the right. */
export function CodebookPage() {
  const { t } = useTranslation(['coding', 'common']);
  usePageTitle(t('coding:codebook.title'));
  const codebook = useCodebook();
  const [params, setParams] = useSearchParams();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const selectedId = params.get('code');
  const codes = codebook.data ?? [];
  const selected = codes.find((code) => code.id === selectedId) ?? null;

  const choose = (id: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('code', id);
        else next.delete('code');
        return next;
      },
      { replace: true },
    );
    setMode({ kind: 'view' });
  };

  return (
    <section className="page" data-testid="codebook-page">
      <CodingNav />
      <div className="coding-heading">
        <h1>{t('coding:codebook.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => setMode({ kind: 'create', parentId: null })} data-testid="code-new">
          {t('coding:codebook.new')}
        </button>
      </div>
      <p className="lead">{t('coding:codebook.intro')}</p>

      {codebook.isPending && <LoadingState />}
      {codebook.isError && <ErrorAlert error={codebook.error} onRetry={() => void codebook.refetch()} />}
      {codebook.data && (
        <div className="codebook-layout">
          <CodeTree codes={codes} selectedId={selected?.id ?? null} onSelect={choose} />
          <div className="codebook-main">
            {mode.kind === 'create' ? (
              <CodeEditor
                key={`create-${mode.parentId ?? 'root'}`}
                codes={codes}
                code={null}
                parentId={mode.parentId}
                onDone={(code) => (code ? choose(code.id) : setMode({ kind: 'view' }))}
                onReload={() => void codebook.refetch()}
              />
            ) : mode.kind === 'edit' && selected ? (
              <CodeEditor
                key={`edit-${selected.id}-${selected.revision}`}
                codes={codes}
                code={selected}
                parentId={selected.parentId}
                onDone={() => setMode({ kind: 'view' })}
                onReload={() => void codebook.refetch()}
              />
            ) : selected ? (
              <CodeDetail
                key={selected.id}
                code={selected}
                codes={codes}
                onEdit={() => setMode({ kind: 'edit' })}
                onAddChild={() => setMode({ kind: 'create', parentId: selected.id })}
                onSelect={choose}
                onReload={() => void codebook.refetch()}
              />
            ) : (
              <p className="empty">{codes.length === 0 ? t('coding:codebook.empty') : t('coding:codebook.choose')}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
