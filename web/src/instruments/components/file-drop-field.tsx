import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface FileDropFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** File types the chooser offers, e.g. ".json,application/json". */
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
  invalid?: boolean;
  testId?: string;
}

/**
 * A file chooser that also takes a file dropped onto it. The native input stays visible and
 * focusable, so it works with the keyboard and screen readers as every browser's own control does.
 */
export function FileDropField({ id, label, hint, accept, file, onFile, invalid = false, testId }: FileDropFieldProps) {
  const { t } = useTranslation(['instruments']);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;

  // When the form is done with the file, the chooser forgets it too.
  useEffect(() => {
    if (file === null && input.current) input.current.value = '';
  }, [file]);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div
        className={`file-drop${dragging ? ' file-drop-active' : ''}${invalid ? ' file-drop-invalid' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          // Leaving for a child element is not leaving the zone.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
        data-testid={testId ? `${testId}-zone` : undefined}
      >
        <p className="file-drop-text">{dragging ? t('instruments:file.dropActive') : t('instruments:file.drop')}</p>
        <input
          id={id}
          ref={input}
          className="file-input"
          type="file"
          accept={accept}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          data-testid={testId}
        />
        {file && (
          <p className="file-drop-chosen" role="status">
            {t('instruments:file.chosen', { name: file.name })}
          </p>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
