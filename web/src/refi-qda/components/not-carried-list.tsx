import { useTranslation } from 'react-i18next';
import type { NotCarriedItem } from '../api/refi-qda';

/** Every part of the file that did not become Polyphony data, one line each, in the user's language. */
export function NotCarriedList({ items }: { items: readonly NotCarriedItem[] }) {
  const { t } = useTranslation(['refiQda']);
  if (items.length === 0) return <p data-testid="qdpx-all-carried">{t('refiQda:notCarried.none')}</p>;
  return (
    <ul className="refi-qda-not-carried" data-testid="qdpx-not-carried">
      {items.map((item, index) => (
        <li key={`${item.reason}-${index}`} data-reason={item.reason}>
          {item.reason === 'non_text_source'
            ? t('refiQda:notCarried.non_text_source', { item: item.item, kind: t(`refiQda:sourceKinds.${item.kind ?? 'pdf'}`), count: item.count })
            : t(`refiQda:notCarried.${item.reason}`, { item: item.item, count: item.count })}
        </li>
      ))}
    </ul>
  );
}
