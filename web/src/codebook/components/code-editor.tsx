import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { LANGUAGES, type Language } from '../../app/languages';
import { CODE_TEXT_FIELDS, CRITERIA, TASKS, VALENCES, type Code, type CodeFields, type CodeTextField, type LocalizedTexts } from '../api/code';
import { useCodeName } from '../hooks/use-code-name';
import { useCodeTree } from '../hooks/use-code-tree';
import { useCreateCode } from '../hooks/use-create-code';
import { useUpdateCode } from '../hooks/use-update-code';
import { cleanLocalized } from '../utils/clean-localized';
import { CODE_PALETTE } from '../utils/code-palette';
import { descendantIds } from '../utils/descendant-ids';
import { flattenCodeTree } from '../utils/flatten-code-tree';
import { isCriterion } from '../utils/is-criterion';
import { isTask } from '../utils/is-task';
import { isValence } from '../utils/is-valence';
import { sameLocalized } from '../utils/same-localized';
import { CodeErrorAlert } from './code-error-alert';

type Texts = Record<CodeTextField, LocalizedTexts>;

const MAX_LENGTH: Record<CodeTextField, number> = { name: 120, definition: 4000, inclusion: 4000, exclusion: 4000, example: 2000 };

interface CodeEditorProps {
  codes: readonly Code[];
  /** The code to edit, or null to create one. */
  code: Code | null;
  parentId: string | null;
  /** Called with the saved code, or null when cancelled. */
  onDone: (code: Code | null) => void;
  onReload: () => void;
}

/**
 * Creates or edits a code in all four languages, one language at a time (a dot marks a missing
 * name), with colour, tags and place in the tree. An edit is conditional on the revision it
 * started from: if someone saved first, the server's message says so and the current version can be loaded.
 */
export function CodeEditor({ codes, code, parentId, onDone, onReload }: CodeEditorProps) {
  const { t, i18n } = useTranslation(['coding', 'common']);
  const id = useId();
  const codeName = useCodeName();
  const tree = useCodeTree(codes);
  const create = useCreateCode();
  const update = useUpdateCode(code?.id ?? '');
  const uiLanguage = i18n.resolvedLanguage ?? 'en';
  const [language, setLanguage] = useState<Language>(isLanguage(uiLanguage) ? uiLanguage : 'en');
  const [texts, setTexts] = useState<Texts>(() => ({
    name: { ...code?.name },
    definition: { ...code?.definition },
    inclusion: { ...code?.inclusion },
    exclusion: { ...code?.exclusion },
    example: { ...code?.example },
  }));
  const [color, setColor] = useState(code?.color ?? CODE_PALETTE[codes.length % CODE_PALETTE.length] ?? '#1b6fc2');
  const [criterion, setCriterion] = useState<string>(code?.criterion ?? '');
  const [valence, setValence] = useState<string>(code?.valence ?? '');
  const [task, setTask] = useState<string>(code?.task ?? '');
  const [parent, setParent] = useState<string>(parentId ?? '');
  const [problem, setProblem] = useState<'name' | null>(null);
  const mutation = code ? update : create;

  const parentOptions = useMemo(() => {
    const excluded = code ? descendantIds(codes, code.id) : new Set<string>();
    return flattenCodeTree(tree).filter((row) => row.code.id !== code?.id && !excluded.has(row.code.id));
  }, [code, codes, tree]);

  const setText = (field: CodeTextField, value: string) =>
    setTexts((current) => ({ ...current, [field]: { ...current[field], [language]: value } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = cleanLocalized(texts.name);
    if (Object.keys(name).length === 0) return setProblem('name');
    setProblem(null);
    const fields: CodeFields = {};
    for (const field of CODE_TEXT_FIELDS) {
      const value = cleanLocalized(texts[field]);
      if (!code || !sameLocalized(value, code[field])) fields[field] = value;
    }
    const tags = {
      color,
      criterion: isCriterion(criterion) ? criterion : null,
      valence: isValence(valence) ? valence : null,
      task: isTask(task) ? task : null,
      parentId: parent || null,
    };
    for (const [key, value] of Object.entries(tags) as Array<[keyof typeof tags, (typeof tags)[keyof typeof tags]]>) {
      if (!code || code[key] !== value) Object.assign(fields, { [key]: value });
    }
    if (code) {
      if (Object.keys(fields).length === 0) return onDone(code);
      update.mutate({ revision: code.revision, fields }, { onSuccess: (saved) => onDone(saved) });
    } else {
      create.mutate({ ...fields, name }, { onSuccess: (saved) => onDone(saved) });
    }
  };

  return (
    <section className="panel code-editor" aria-labelledby={`${id}-title`} data-testid="code-editor">
      <h2 id={`${id}-title`}>{code ? t('coding:editor.editTitle', { code: codeName(code) }) : t('coding:editor.createTitle')}</h2>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('coding:editor.nameRequired')}</p>
        </div>
      )}
      {mutation.isError && (
        <CodeErrorAlert
          error={mutation.error}
          onReload={() => {
            mutation.reset();
            onReload();
          }}
          testId="code-save-error"
        />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="code-editor-texts">
          <legend>{t('coding:editor.texts')}</legend>
          <div className="version-picker" role="group" aria-label={t('coding:editor.language')}>
            {LANGUAGES.map((option) => {
              const missing = !texts.name[option]?.trim();
              return (
                <button
                  key={option}
                  type="button"
                  className="version-chip"
                  aria-pressed={language === option}
                  onClick={() => setLanguage(option)}
                  data-testid={`code-language-${option}`}
                >
                  {t(`common:languageNames.${option}`)}
                  {missing && (
                    <span className="code-missing-dot" title={t('coding:editor.missing')}>
                      <span className="visually-hidden-coding">{t('coding:editor.missing')}</span>
                    </span>
                  )}
                </button>
              );
            })}
          </div>
          <div className="form-grid" lang={language}>
            {CODE_TEXT_FIELDS.map((field) =>
              field === 'name' ? (
                <div className="field form-row-full" key={field}>
                  <label htmlFor={`${id}-${field}`}>{t('coding:editor.fieldIn', { field: t(`coding:fields.${field}`), language: t(`common:languageNames.${language}`) })}</label>
                  <input
                    id={`${id}-${field}`}
                    className="input"
                    maxLength={MAX_LENGTH[field]}
                    value={texts[field][language] ?? ''}
                    aria-invalid={problem === 'name' ? true : undefined}
                    onChange={(event) => setText(field, event.target.value)}
                    data-testid="code-name"
                  />
                </div>
              ) : (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-${field}`}>{t('coding:editor.fieldIn', { field: t(`coding:fields.${field}`), language: t(`common:languageNames.${language}`) })}</label>
                  <textarea
                    id={`${id}-${field}`}
                    className="input coding-textarea"
                    rows={3}
                    maxLength={MAX_LENGTH[field]}
                    value={texts[field][language] ?? ''}
                    onChange={(event) => setText(field, event.target.value)}
                    data-testid={`code-${field}`}
                  />
                </div>
              ),
            )}
          </div>
          <p className="field-hint">{t('coding:editor.languagesHint')}</p>
        </fieldset>

        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-color`}>{t('coding:fields.color')}</label>
            <input id={`${id}-color`} className="input code-color-input" type="color" value={color} onChange={(event) => setColor(event.target.value)} data-testid="code-color" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-parent`}>{t('coding:fields.parentId')}</label>
            <select id={`${id}-parent`} className="select" value={parent} onChange={(event) => setParent(event.target.value)} data-testid="code-parent">
              <option value="">{t('coding:editor.topLevel')}</option>
              {parentOptions.map((row) => (
                <option key={row.code.id} value={row.code.id}>
                  {`${'\u2003'.repeat(row.depth)}${codeName(row.code)}`}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-criterion`}>{t('coding:tags.criterion')}</label>
            <select id={`${id}-criterion`} className="select" value={criterion} onChange={(event) => setCriterion(event.target.value)} data-testid="code-criterion">
              <option value="">{t('coding:editor.none')}</option>
              {CRITERIA.map((option) => (
                <option key={option} value={option}>
                  {t(`coding:criteria.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-valence`}>{t('coding:tags.valence')}</label>
            <select id={`${id}-valence`} className="select" value={valence} onChange={(event) => setValence(event.target.value)} data-testid="code-valence">
              <option value="">{t('coding:editor.none')}</option>
              {VALENCES.map((option) => (
                <option key={option} value={option}>
                  {t(`coding:valences.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-task`}>{t('coding:tags.task')}</label>
            <select id={`${id}-task`} className="select" value={task} onChange={(event) => setTask(event.target.value)} data-testid="code-task">
              <option value="">{t('coding:editor.none')}</option>
              {TASKS.map((option) => (
                <option key={option} value={option}>
                  {t(`coding:tasks.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={mutation.isPending} data-testid="code-save">
            {mutation.isPending ? t('common:actions.saving') : t('common:actions.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(null)} data-testid="code-cancel">
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
