import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { FALLBACK_LANGUAGE, type Language } from '../../app/languages';

export interface InvitationEmail {
  subject: string;
  body: string;
}

interface EmailInput {
  url: string;
  expiresAt: string;
  instrumentTitle: string;
}

/**
 * The invitation e-mail in the clinician's language (not the staff member's): that language's
 * strings are loaded on demand. Null until they are there.
 */
export function useInvitationEmail(language: string, input: EmailInput | null): InvitationEmail | null {
  const { i18n } = useTranslation(['tablet']);
  const lng: Language = isLanguage(language) ? language : FALLBACK_LANGUAGE;
  const [loaded, setLoaded] = useState<Language | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Exactly this namespace in exactly that language (loadLanguages would only load the ones in use).
    const ready = i18n.hasResourceBundle(lng, 'tablet') ? Promise.resolve() : i18n.reloadResources([lng], ['tablet']);
    void ready.then(() => {
      if (!cancelled) setLoaded(lng);
    });
    return () => {
      cancelled = true;
    };
  }, [i18n, lng]);

  if (!input || loaded !== lng) return null;
  const t = i18n.getFixedT(lng, ['tablet']);
  const expires = new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(new Date(input.expiresAt));
  return {
    subject: t('tablet:email.subject'),
    body: [
      t('tablet:email.greeting'),
      t('tablet:email.intro', { instrument: input.instrumentTitle }),
      t('tablet:email.link'),
      input.url,
      t('tablet:email.details', { date: expires }),
      t('tablet:email.privacy'),
      t('tablet:email.closing'),
    ].join('\n\n'),
  };
}
