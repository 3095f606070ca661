import { TASKS, type Task } from '../api/code';

export function isTask(value: unknown): value is Task {
  return typeof value === 'string' && (TASKS as readonly string[]).includes(value);
}
