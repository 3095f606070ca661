import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import type { TranslationChange } from '../api/translation-import';

/** Each text an imported translation file changed: where, in which language, before and after. */
export function TranslationChangesTable({ changes }: { changes: TranslationChange[] }) {
  const { t } = useTranslation(['instruments', 'common']);
  return (
    <div className="table-scroll" role="region" aria-label={t('instruments:translations.changesCaption')} tabIndex={0}>
      <table className="table table-dense" data-testid="translation-changes">
        <thead>
          <tr>
            <th scope="col">{t('instruments:translations.path')}</th>
            <th scope="col">{t('instruments:translations.language')}</th>
            <th scope="col">{t('instruments:translations.before')}</th>
            <th scope="col">{t('instruments:translations.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={`${change.path}|${change.language}`} data-testid="translation-change">
              <td>
                <code className="code code-wrap">{change.path}</code>
              </td>
              <td>{isLanguage(change.language) ? t(`common:languageNames.${change.language}`) : change.language}</td>
              <td className="cell-text" lang={change.language}>
                {change.before ?? <span className="muted">{t('instruments:translations.empty')}</span>}
              </td>
              <td className="cell-text" lang={change.language}>
                {change.after}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
