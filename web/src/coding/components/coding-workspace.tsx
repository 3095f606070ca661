import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError } from '../../api/api-error';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import type { Code } from '../../codebook/api/code';
import { useCodeName } from '../../codebook/hooks/use-code-name';
import type { TranscriptDetail } from '../../transcripts/api/transcript';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { Coding } from '../api/coding';
import { useAddCoding } from '../hooks/use-add-coding';
import { useCoderLabel } from '../hooks/use-coder-label';
import { useNativeSelection } from '../hooks/use-native-selection';
import { useQuickCodes } from '../hooks/use-quick-codes';
import { useReaderShortcuts } from '../hooks/use-reader-shortcuts';
import { useSelectionHighlight } from '../hooks/use-selection-highlight';
import { assignLanes } from '../utils/assign-lanes';
import { createCodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';
import { codePointToDomPoint } from '../utils/code-point-to-dom-point';
import { parsePassageHash } from '../utils/parse-passage-hash';
import { quickCodes } from '../utils/quick-codes';
import { readerBlocks } from '../utils/reader-blocks';
import type { VisibleCoding } from '../utils/visible-coding';
import { CODE_SEARCH_ID, CodePicker } from './code-picker';
import { CodingDetail } from './coding-detail';
import { CodingStatusBanner } from './coding-status-banner';
import { ComparisonPanel } from './comparison-panel';
import { KeyboardHelp } from './keyboard-help';
import { MemoPanel } from './memo-panel';
import { QuickCodeBar } from './quick-code-bar';
import { ReaderHeader } from './reader-header';
import { SelectionStatus } from './selection-status';
import { TranscriptText } from './transcript-text';

const FLASH_MS = 2400;

interface CodingWorkspaceProps {
  detail: TranscriptDetail;
  codes: Code[];
  codings: Coding[];
}

/**
 * The coder's desk: the transcript in the middle, the code picker beside it, the coding in hand
 * below the picker. Select text (mouse, touch or keys), then click a code, press Enter in the
 * search, or a number key; the selection stays, so a second code is one more key.
 */
export function CodingWorkspace({ detail, codes, codings }: CodingWorkspaceProps) {
  const { t } = useTranslation(['coding', 'common']);
  const user = useSignedInUser();
  const codeName = useCodeName();
  const coderLabel = useCoderLabel();
  const location = useLocation();
  const { transcript, text, segments } = detail;
  const index = useMemo(() => createCodePointIndex(text), [text]);
  const blocks = useMemo(() => readerBlocks(index, segments), [index, segments]);
  const codeById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const quick = useQuickCodes(user.id);
  const quickIds = useMemo(() => quickCodes(quick.pinned, quick.recent, new Set(codeById.keys())), [quick.pinned, quick.recent, codeById]);
  const add = useAddCoding(transcript.id);

  const [selection, setSelection] = useState<CodePointRange | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flash, setFlash] = useState<CodePointRange | null>(null);
  const [focusedBlock, setFocusedBlock] = useState(0);
  const [coderFilter, setCoderFilter] = useState('all');
  const [message, setMessage] = useState('');
  const [applyError, setApplyError] = useState<unknown>(null);
  const textRoot = useRef<HTMLDivElement>(null);
  const selectionRef = useRef<CodePointRange | null>(null);
  const flashTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(flashTimer.current), []);

  const select = useCallback((range: CodePointRange | null) => {
    selectionRef.current = range;
    setSelection((current) => (current?.start === range?.start && current?.end === range?.end ? current : range));
  }, []);
  const getSelection = useCallback(() => selectionRef.current, []);

  const coders = useMemo(() => [...new Set(codings.map((coding) => coding.coderId))], [codings]);
  const visible = useMemo<VisibleCoding[]>(() => {
    const shown = coderFilter === 'all' ? codings : codings.filter((coding) => coding.coderId === coderFilter);
    const lanes = assignLanes(shown);
    return shown.map((coding) => {
      const code = codeById.get(coding.codeId);
      return {
        ...coding,
        color: code?.color ?? '#5b6b7a',
        codeName: code ? codeName(code) : t('coding:comparison.unknownCode'),
        coderLabel: coderLabel(coding.coderId),
        own: coding.coderId === user.id,
        lane: lanes.get(coding.id) ?? 0,
      };
    });
  }, [codings, coderFilter, codeById, codeName, coderLabel, t, user.id]);
  const active = visible.find((coding) => coding.id === activeId) ?? null;

  useNativeSelection(textRoot, index, select);
  useSelectionHighlight(textRoot, selection, visible);

  const apply = useCallback(
    (codeId: string) => {
      const range = selectionRef.current;
      const code = codeById.get(codeId);
      if (!code) return;
      if (!range) {
        setMessage(t('coding:reader.selectFirst'));
        return;
      }
      const duplicate = codings.some(
        (coding) => coding.coderId === user.id && coding.codeId === codeId && coding.start === range.start && coding.end === range.end,
      );
      if (duplicate) {
        setMessage(t('coding:reader.alreadyCoded', { code: codeName(code) }));
        return;
      }
      setApplyError(null);
      // The new coding re-cuts the text into pieces; a live browser selection over them would be
      // moved by that, so it is dropped now and the passage stays painted from state instead.
      window.getSelection()?.removeAllRanges();
      add.mutateAsync({ codeId, start: range.start, end: range.end }).then(
        () => {
          quick.markUsed(codeId);
          setMessage(t('coding:reader.applied', { code: codeName(code), count: range.end - range.start }));
        },
        (error: unknown) => setApplyError(error),
      );
    },
    [add, codeById, codeName, codings, quick, t, user.id],
  );

  const jumpTo = useCallback((range: CodePointRange) => {
    const root = textRoot.current;
    if (!root) return;
    const point = codePointToDomPoint(root, range.start, 'start');
    const element = point?.node instanceof Element ? point.node : point?.node.parentElement;
    const block = element?.closest<HTMLElement>('[data-testid="reader-segment"]');
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    if (block) {
      const position = Array.from(root.querySelectorAll('[data-testid="reader-segment"]')).indexOf(block);
      if (position >= 0) setFocusedBlock(position);
      block.focus({ preventScroll: true });
    }
    window.clearTimeout(flashTimer.current);
    setFlash({ start: range.start, end: Math.max(range.end, range.start + 1) });
    flashTimer.current = window.setTimeout(() => setFlash(null), FLASH_MS);
  }, []);

  // A link such as /transcripts/:id#start=120&end=180 opens at that passage; without an end
  // (a search hit), the whole turn at that offset lights up.
  useEffect(() => {
    const target = parsePassageHash(location.hash);
    if (!target) return;
    const block = blocks.find((candidate) => target.start >= candidate.start && target.start < candidate.end);
    jumpTo({ start: target.start, end: target.end ?? block?.end ?? target.start + 1 });
  }, [location.hash, jumpTo, blocks]);

  useReaderShortcuts({
    onNumber: (position) => {
      const codeId = quickIds[position - 1];
      if (codeId) apply(codeId);
      else setMessage(t('coding:reader.noQuickCode', { number: position }));
    },
    onSearch: () => document.getElementById(CODE_SEARCH_ID)?.focus(),
    onEscape: () => {
      window.getSelection()?.removeAllRanges();
      select(null);
    },
  });

  const selectPassage = useCallback(
    (range: CodePointRange) => {
      window.getSelection()?.removeAllRanges();
      select({ start: range.start, end: range.end });
    },
    [select],
  );

  return (
    <div className="coding-workspace" data-testid="coding-workspace">
      <ReaderHeader transcript={transcript} />
      <CodingStatusBanner transcript={transcript} role={user.role} />

      <div className="reader-layout">
        <div className="reader-main">
          <div className="reader-toolbar">
            <QuickCodeBar quickIds={quickIds} codeById={codeById} onApply={apply} />
            {coders.length > 1 && (
              <div className="field reader-coder-filter">
                <label htmlFor="reader-coder-filter">{t('coding:reader.showCoder')}</label>
                <select
                  id="reader-coder-filter"
                  className="select select-compact"
                  value={coderFilter}
                  onChange={(event) => setCoderFilter(event.target.value)}
                  data-testid="reader-coder-filter"
                >
                  <option value="all">{t('coding:reader.allCoders')}</option>
                  {coders.map((coder) => (
                    <option key={coder} value={coder}>
                      {coderLabel(coder)}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <SelectionStatus
            index={index}
            selection={selection}
            onClear={() => {
              window.getSelection()?.removeAllRanges();
              select(null);
            }}
          />
          <p className="visually-hidden-coding" role="status" aria-live="polite" data-testid="reader-announcement">
            {message}
          </p>
          {Boolean(applyError) && (
            <ErrorAlert
              error={applyError}
              message={applyError instanceof ApiError ? undefined : t('common:errors.unexpected')}
              testId="coding-apply-error"
            />
          )}
          {blocks.length === 0 ? (
            <p className="empty">{t('coding:reader.emptyText')}</p>
          ) : (
            <TranscriptText
              rootRef={textRoot}
              index={index}
              language={transcript.language}
              blocks={blocks}
              codings={visible}
              activeId={activeId}
              flash={flash}
              focusedBlock={focusedBlock}
              onFocusBlock={setFocusedBlock}
              getSelection={getSelection}
              onSelect={select}
              onActivate={setActiveId}
            />
          )}
        </div>

        <aside className="reader-side" aria-label={t('coding:reader.sideLabel')}>
          <CodePicker
            codes={codes}
            quickIds={quickIds}
            pinned={quick.pinned}
            hasSelection={selection !== null}
            onApply={apply}
            onTogglePin={quick.togglePin}
          />
          {active && (
            <CodingDetail key={active.id} coding={active} index={index} onClose={() => setActiveId(null)} onSelectPassage={selectPassage} />
          )}
          <KeyboardHelp />
          <MemoPanel targetType="transcript" targetId={transcript.id} title={t('coding:memos.transcriptTitle')} />
        </aside>
      </div>

      {transcript.codingsRevealedAt && (
        <ComparisonPanel transcriptId={transcript.id} index={index} codings={codings} codeById={codeById} ownId={user.id} onJump={jumpTo} />
      )}
    </div>
  );
}
