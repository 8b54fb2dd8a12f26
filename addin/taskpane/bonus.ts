/** Bonus tab (filled in when its engine lands). */
import type { TabDef } from './context';
import { h } from './dom';

export const bonusTab: TabDef = {
  id: 'bonus',
  label: 'Bonus',
  render() {
    return h('div', {}, h('h2', {}, 'Bonus'), h('p', { class: 'empty' }, 'Coming with the Bonus engine.'));
  },
};
