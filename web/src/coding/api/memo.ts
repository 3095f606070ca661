export type MemoTarget = 'transcript' | 'code' | 'project';

export interface Memo {
  id: string;
  targetType: MemoTarget;
  targetId: string | null;
  authorId: string;
  text: string;
  revision: number;
  updatedAt: string;
}
