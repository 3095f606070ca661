import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isLanguage } from '../../app/is-language';
import type { Language } from '../../app/languages';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import type { QdpxImportSummary, QdpxUpload } from '../api/refi-qda';
import { useQdpxPreview } from '../hooks/use-qdpx-preview';
import { QdpxImportSummaryView } from './qdpx-import-summary';
import { QdpxPreviewStep } from './qdpx-preview-step';
import { QdpxUploadForm } from './qdpx-upload-form';

type Step = 'upload' | 'preview' | 'done';

/** Importing a REFI-QDA project from NVivo, ATLAS.ti or another tool: upload → preview and participants → summary. */
export function ImportQdpxPage() {
  const { t, i18n } = useTranslation(['refiQda', 'coding', 'common']);
  usePageTitle(t('refiQda:title'));
  const uiLanguage = i18n.resolvedLanguage ?? 'en';
  const [language, setLanguage] = useState<Language>(isLanguage(uiLanguage) ? uiLanguage : 'en');
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<QdpxUpload | null>(null);
  const [summary, setSummary] = useState<QdpxImportSummary | null>(null);
  const preview = useQdpxPreview();
  const heading = useRef<HTMLHeadingElement>(null);

  // A new step is announced by moving focus to its heading.
  useEffect(() => heading.current?.focus(), [step]);

  return (
    <section className="page" data-testid="qdpx-import-page">
      <p className="breadcrumb">
        <Link to="/transcripts">{t('refiQda:back')}</Link>
      </p>
      <h1>{t('refiQda:title')}</h1>
      <ol className="coding-steps" aria-label={t('refiQda:steps.label')}>
        <li aria-current={step === 'upload' ? 'step' : undefined}>{t('refiQda:steps.upload')}</li>
        <li aria-current={step === 'preview' ? 'step' : undefined}>{t('refiQda:steps.preview')}</li>
        <li aria-current={step === 'done' ? 'step' : undefined}>{t('refiQda:steps.done')}</li>
      </ol>
      {step === 'done' && summary ? (
        <QdpxImportSummaryView headingRef={heading} summary={summary} />
      ) : step === 'preview' && preview.data && upload ? (
        <QdpxPreviewStep
          headingRef={heading}
          preview={preview.data}
          upload={upload}
          language={language}
          onBack={() => setStep('upload')}
          onImported={(result) => {
            setSummary(result);
            setStep('done');
          }}
        />
      ) : (
        <QdpxUploadForm
          headingRef={heading}
          language={language}
          onLanguage={setLanguage}
          checking={preview.isPending}
          error={preview.error}
          onUpload={(file) => {
            setUpload(file);
            preview.mutate(file, { onSuccess: () => setStep('preview') });
          }}
        />
      )}
    </section>
  );
}
