import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  label: string;
}

export function Pagination({ page, pageSize, total, onPageChange, label }: PaginationProps) {
  const { t } = useTranslation(['common']);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);

  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination-summary" role="status" aria-live="polite" data-testid="pagination-summary">
        {t('common:pagination.range', { first, last, total })}
      </p>
      <div className="pagination-buttons">
        <button
          type="button"
          className="button button-secondary"
          disabled={page <= 1}
          onClick={() => onPageChange(page - 1)}
          data-testid="pagination-previous"
        >
          {t('common:pagination.previous')}
        </button>
        <span className="pagination-page">{t('common:pagination.page', { page, pages })}</span>
        <button
          type="button"
          className="button button-secondary"
          disabled={page >= pages}
          onClick={() => onPageChange(page + 1)}
          data-testid="pagination-next"
        >
          {t('common:pagination.next')}
        </button>
      </div>
    </nav>
  );
}
