/** The pane's status line: one live region that announces progress, results and errors. */
import { h } from './dom';

export type StatusKind = 'info' | 'success' | 'error' | 'busy';

export interface StatusLine {
  el: HTMLElement;
  show(message: string, kind?: StatusKind): void;
  clear(): void;
}

export function statusLine(): StatusLine {
  const el = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', hidden: true });
  return {
    el,
    show(message, kind = 'info') {
      el.hidden = false;
      el.className = `status status-${kind}`;
      el.textContent = message;
    },
    clear() {
      el.hidden = true;
      el.textContent = '';
    },
  };
}
