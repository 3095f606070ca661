import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { findingsApi, findingsKeys } from '../api/findings-api';
import { useQuoteActions } from '../hooks/use-quote-actions';

interface PinQuoteProps {
  criterion: string;
  group: string;
  filters: { center: string | null; language: string | null };
}

/** Lists the cell's coded passages (loaded when opened) so a researcher can pin one as its exemplar. */
export function PinQuote({ criterion, group, filters }: PinQuoteProps) {
  const { t } = useTranslation(['findings', 'common']);
  const [open, setOpen] = useState(false);
  const query = { criterion, group, center: filters.center ?? '', language: filters.language ?? '' };
  const candidates = useQuery({ queryKey: findingsKeys.candidates(query), queryFn: () => findingsApi.candidates(query), enabled: open });
  const { pin } = useQuoteActions();
  return (
    <details className="findings-pin findings-no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('findings:quotes.pin')}</summary>
      {candidates.isPending && open && <LoadingState />}
      {candidates.isError && <ErrorAlert error={candidates.error} />}
      {candidates.data && candidates.data.length === 0 && <p className="small muted">{t('findings:quotes.noCandidates')}</p>}
      {candidates.data && candidates.data.length > 0 && (
        <ul className="findings-candidates">
          {candidates.data.map((c) => (
            <li key={c.codingId}>
              <span lang={c.language}>“{c.passage}”</span>{' '}
              <span className="small muted">
                {c.participantCode} · {t(`common:languageNames.${c.language}` as 'common:languageNames.en')}
              </span>{' '}
              <button type="button" className="button-secondary" disabled={c.pinned || pin.isPending} onClick={() => pin.mutate({ codingId: c.codingId, criterion, group })}>
                {c.pinned ? t('findings:quotes.pinned') : t('findings:quotes.pinThis')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pin.isError && <ErrorAlert error={pin.error} />}
    </details>
  );
}
