/** SLA & KPIs tab (filled in when its engine lands). */
import type { TabDef } from './context';
import { h } from './dom';

export const slaKpiTab: TabDef = {
  id: 'sla-kpi',
  label: 'SLA & KPIs',
  render() {
    return h('div', {}, h('h2', {}, 'SLA & KPIs'), h('p', { class: 'empty' }, 'Coming with the SLA & KPIs engine.'));
  },
};
