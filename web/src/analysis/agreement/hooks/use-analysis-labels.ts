import { useCallback, useMemo } from 'react';
import { useCodebook } from '../../../codebook/hooks/use-codebook';
import { useCodeName } from '../../../codebook/hooks/use-code-name';
import type { Code } from '../../../codebook/api/code';

/** Code names in the reader's language, by code id (the id's start while the codebook loads). */
export function useCodeLabel(): { codeLabel: (codeId: string) => string; codeById: ReadonlyMap<string, Code> } {
  const codebook = useCodebook();
  const codeName = useCodeName();
  const codeById = useMemo(() => new Map((codebook.data ?? []).map((code) => [code.id, code])), [codebook.data]);
  const codeLabel = useCallback(
    (codeId: string) => {
      const code = codeById.get(codeId);
      return code ? codeName(code) : codeId.slice(0, 8);
    },
    [codeById, codeName],
  );
  return { codeLabel, codeById };
}
