import { useTranslation } from 'react-i18next';
import { useCenterName } from '../../centers/hooks/use-center-name';
import type { Transcript } from '../../transcripts/api/transcript';
import { useMonthFormat } from '../../transcripts/hooks/use-month-format';

/** Whose interview this is, by pseudonym, group, center, language and month only. */
export function ReaderHeader({ transcript }: { transcript: Transcript }) {
  const { t } = useTranslation(['coding', 'participants', 'common']);
  const centerName = useCenterName();
  const month = useMonthFormat();
  return (
    <header className="reader-header">
      <p className="eyebrow">{t('coding:reader.eyebrow')}</p>
      <h1 className="pseudonym reader-title" data-testid="reader-title">
        {transcript.participantCode}
      </h1>
      <p className="reader-meta">
        {t(`participants:groups.${transcript.group}`)} · {centerName(transcript.center)} · {t(`common:languageNames.${transcript.language}`)} ·{' '}
        {month(transcript.interviewMonth)}
      </p>
    </header>
  );
}
