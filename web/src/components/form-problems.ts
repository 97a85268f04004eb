// Puts a server's problem+json field errors next to the inputs they name, and says what is left over.
import type { UseFormReturnType } from '@mantine/form';
import { ApiError, errorMessage } from '../api/client';

export interface FormProblem {
  /** What to say above the form. */
  message: string;
  /** Field errors that no input on this form shows, so the alert lists them instead. */
  unplaced: string[];
}

export interface ApplyOptions {
  /**
   * Paths whose items are edited by one input (tags, chips): "tags.2" is shown on "tags".
   */
  collapse?: string[];
  /** Human labels for field names in the alert, e.g. { "keepInTouch.maxDays": "Maximum interval" }. */
  labels?: Record<string, string>;
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

function collapsed(path: string, collapse: string[]): string {
  const hit = collapse.find((c) => path === c || path.startsWith(`${c}.`));
  return hit ?? path;
}

// biome-ignore lint/suspicious/noExplicitAny: works for any form's values
type AnyForm = UseFormReturnType<any, any, any>;

export function applyProblem(form: AnyForm, error: unknown, opts: ApplyOptions = {}): FormProblem {
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    return { message: errorMessage(error), unplaced: [] };
  }
  const values = form.getValues();
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const f of error.fields) {
    const path = collapsed(f.path, opts.collapse ?? []);
    if (path && hasPath(values, path)) {
      placed[path] = placed[path] ? `${placed[path]}; ${f.message}` : f.message;
    } else {
      unplaced.push(`${opts.labels?.[f.path] ?? f.field}: ${f.message}`);
    }
  }
  form.setErrors(placed);
  focusFirstInvalid();
  const count = Object.keys(placed).length;
  return {
    message:
      count > 0
        ? `Please correct the ${count === 1 ? 'highlighted field' : `${count} highlighted fields`}.`
        : error.summary,
    unplaced,
  };
}

/** After the errors render, move focus to the first invalid input so keyboard users land on it. */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    el?.focus();
  });
}
