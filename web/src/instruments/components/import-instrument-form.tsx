import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../app/languages';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../participants/api/participant';
import { SuccessAlert } from '../../ui/components/success-alert';
import type { LocalizedText } from '../api/instrument';
import { MAX_DEFINITION_LENGTH } from '../api/max-definition-length';
import { useImportInstrument } from '../hooks/use-import-instrument';
import { isInstrumentKey } from '../utils/is-instrument-key';
import { readFile } from '../utils/read-file';
import { slugFromFileName } from '../utils/slug-from-file-name';
import { FileDropField } from './file-drop-field';
import { ImportReport } from './import-report';
import { InstrumentErrorAlert } from './instrument-error-alert';

type Problem = 'file' | 'fileRead' | 'fileTooLarge' | 'key' | 'targetGroups';

/** Uploads a SurveyJS file as a new instrument (version 1, a draft) and shows what the server's check found. */
export function ImportInstrumentForm() {
  const { t } = useTranslation(['instruments', 'participants', 'common']);
  const importInstrument = useImportInstrument();
  const [file, setFile] = useState<File | null>(null);
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const [groups, setGroups] = useState<StakeholderGroup[]>([]);
  const [titles, setTitles] = useState<Partial<Record<Language, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reading, setReading] = useState(false);
  // Until somebody types a key, the file's name suggests one.
  const key = typedKey ?? (file ? slugFromFileName(file.name) : '');

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    importInstrument.reset();
    if (problem === 'file' || problem === 'fileRead' || problem === 'fileTooLarge') setProblem(null);
  };

  const toggleGroup = (group: StakeholderGroup, checked: boolean) =>
    setGroups((current) => (checked ? [...current, group] : current.filter((candidate) => candidate !== group)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setProblem('file');
    if (!isInstrumentKey(key)) return setProblem('key');
    if (groups.length === 0) return setProblem('targetGroups');
    let definitionText: string;
    setReading(true);
    try {
      definitionText = await readFile(file, 'text');
    } catch {
      return setProblem('fileRead');
    } finally {
      setReading(false);
    }
    if (definitionText.length > MAX_DEFINITION_LENGTH) return setProblem('fileTooLarge');
    setProblem(null);
    const title: LocalizedText = {};
    for (const language of LANGUAGES) {
      const text = titles[language]?.trim();
      if (text) title[language] = text;
    }
    importInstrument.mutate(
      {
        key,
        // In the order the API documents them, whatever order they were ticked in.
        targetGroups: STAKEHOLDER_GROUPS.filter((group) => groups.includes(group)),
        definitionText,
        ...(Object.keys(title).length > 0 ? { title } : {}),
      },
      {
        onSuccess: () => {
          setFile(null);
          setTypedKey(null);
          setGroups([]);
          setTitles({});
        },
      },
    );
  };

  const busy = reading || importInstrument.isPending;

  return (
    <section className="panel" aria-labelledby="import-instrument-title">
      <h2 id="import-instrument-title">{t('instruments:import.title')}</h2>
      <p className="muted">{t('instruments:import.intro')}</p>

      {importInstrument.isSuccess && (
        <SuccessAlert testId="instrument-imported">
          <p className="alert-title">{t('instruments:import.success', { key: importInstrument.data.instrument.key })}</p>
          <ImportReport report={importInstrument.data.report} />
          <Link
            className="button button-primary"
            to={`/instruments/${encodeURIComponent(importInstrument.data.instrument.id)}/versions/${encodeURIComponent(importInstrument.data.versionId)}`}
            data-testid="open-imported-version"
          >
            {t('instruments:import.open')}
          </Link>
        </SuccessAlert>
      )}
      {problem && (
        <div className="alert alert-error" role="alert" data-testid="import-problem">
          <p className="alert-title">{t(`instruments:import.errors.${problem}`)}</p>
        </div>
      )}
      {importInstrument.isError && <InstrumentErrorAlert error={importInstrument.error} testId="import-error" />}

      <form className="form form-grid" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-row-full">
          <FileDropField
            id="import-file"
            label={t('instruments:import.file')}
            hint={t('instruments:import.fileHint')}
            accept=".json,application/json"
            file={file}
            onFile={chooseFile}
            invalid={problem === 'file' || problem === 'fileRead' || problem === 'fileTooLarge'}
            testId="import-file"
          />
        </div>
        <div className="field">
          <label htmlFor="import-key">{t('instruments:import.key')}</label>
          <input
            id="import-key"
            className="input input-mono"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={63}
            value={key}
            aria-invalid={problem === 'key' ? true : undefined}
            aria-describedby="import-key-hint"
            onChange={(event) => setTypedKey(event.target.value.trim().toLowerCase())}
            data-testid="import-key"
          />
          <p id="import-key-hint" className="field-hint">
            {t('instruments:import.keyHint')}
          </p>
        </div>
        <fieldset className="field checkbox-group" aria-invalid={problem === 'targetGroups' ? true : undefined}>
          <legend>{t('instruments:import.targetGroups')}</legend>
          {STAKEHOLDER_GROUPS.map((group) => (
            <label key={group} className="checkbox">
              <input
                type="checkbox"
                value={group}
                checked={groups.includes(group)}
                onChange={(event) => toggleGroup(group, event.target.checked)}
                data-testid={`import-group-${group}`}
              />
              <span>{t(`participants:groups.${group}`)}</span>
            </label>
          ))}
        </fieldset>
        <details className="form-row-full optional-fields">
          <summary>{t('instruments:import.titles')}</summary>
          <p className="field-hint">{t('instruments:import.titlesHint')}</p>
          <div className="form-grid">
            {LANGUAGES.map((language) => (
              <div key={language} className="field">
                <label htmlFor={`import-title-${language}`}>
                  {t('instruments:import.titleIn', { language: t(`common:languageNames.${language}`) })}
                </label>
                <input
                  id={`import-title-${language}`}
                  className="input"
                  lang={language}
                  maxLength={300}
                  value={titles[language] ?? ''}
                  onChange={(event) => setTitles((current) => ({ ...current, [language]: event.target.value }))}
                  data-testid={`import-title-${language}`}
                />
              </div>
            ))}
          </div>
        </details>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} data-testid="import-submit">
            {busy ? t('instruments:import.submitting') : t('instruments:import.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
