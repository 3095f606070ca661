import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../api/code';
import { buildCodeTree } from '../utils/build-code-tree';
import type { CodeNode } from '../utils/code-node';

/** The codebook as a tree sorted in the interface language. */
export function useCodeTree(codes: readonly Code[] | undefined): CodeNode[] {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => buildCodeTree(codes ?? [], language), [codes, language]);
}
