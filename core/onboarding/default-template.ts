/**
 * The default onboarding template: seed 001's "after the sale" list as a routing slip
 * Sales → Finance → Service → NOC → Account Manager. Conditions follow the seed: card/ACH forms only when
 * paying by card or ACH, check collection (3 months + setup) only when paying by check, server work only
 * with servers, spam-filter work only when it was sold, credits and expiring old agreements only when
 * converting an existing client, the executive summary report from Gold up.
 */
import type { Condition } from './conditions';
import type { Department } from './departments';
import type { TemplateStep } from './template';

export const DEFAULT_TEMPLATE_NAME = 'New managed-services client';
export const DEFAULT_TIER_ORDER = ['Bronze', 'Silver', 'Gold', 'Platinum'];

const cardOrAch: Condition = { type: 'paidBy', which: 'either', in: ['card', 'ach'] };
const check: Condition = { type: 'paidBy', which: 'either', in: ['check'] };
const servers: Condition = { type: 'count', field: 'servers', atLeast: 1 };
const workstations: Condition = { type: 'count', field: 'workstations', atLeast: 1 };
const spam: Condition = { type: 'flag', field: 'hostedSpamFilter', is: true };
const converting: Condition = { type: 'flag', field: 'convertingExistingClient', is: true };
const goldUp: Condition = { type: 'tierAtLeast', tier: 'Gold', order: DEFAULT_TIER_ORDER };

type Def = [key: string, title: string, department: Department, phase: string, dependsOn: string[], condition: Condition | null, due: [number, string?]];

const DEFS: Def[] = [
  ['verify-billing-names', 'Check that names match how they want to be billed (RMM, PSA, accounting, mailing list)', 'Sales', 'Sale', [], null, [1]],
  ['file-paperwork', 'File all paperwork (signed service agreement, cover page)', 'Sales', 'Sale', [], null, [1]],

  ['create-invoices', 'Create invoices for setup and monthly costs', 'Finance', 'Billing', ['verify-billing-names'], null, [2]],
  ['calculate-first-fees', 'Calculate first month fees + setup', 'Finance', 'Billing', ['create-invoices'], null, [0, 'create-invoices']],
  ['collect-card-ach-form', 'Collect credit card / ACH form', 'Finance', 'Billing', ['calculate-first-fees'], cardOrAch, [1, 'calculate-first-fees']],
  ['charge-card-ach', 'Charge credit card or collect via ACH: setup fees and first month', 'Finance', 'Billing', ['collect-card-ach-form'], cardOrAch, [1, 'collect-card-ach-form']],
  ['setup-autopay', 'Set up autopay and the monthly recurring charge', 'Finance', 'Billing', ['collect-card-ach-form'], { type: 'paidBy', which: 'monthly', in: ['card', 'ach'] }, [2, 'collect-card-ach-form']],
  ['collect-check', 'Collect check from client (3 months + setup)', 'Finance', 'Billing', ['calculate-first-fees'], check, [1, 'calculate-first-fees']],
  ['deposit-check', 'Make sure the check is deposited', 'Finance', 'Billing', ['collect-check'], check, [1, 'collect-check']],
  ['apply-payments', 'Apply payments in the accounting system', 'Finance', 'Billing', ['charge-card-ach', 'deposit-check'], null, [3, 'calculate-first-fees']],
  ['create-credits', 'Create credits for hosted spam filtering and other services now included in the MSA', 'Finance', 'Billing', ['create-invoices'], converting, [3]],

  ['update-msa-list', 'Update the list of clients on Managed Services Agreements', 'Service', 'Setup', ['file-paperwork'], null, [3]],
  ['expire-old-agreements', 'Expire old service agreements in the PSA', 'Service', 'Setup', ['file-paperwork'], converting, [3]],
  ['create-psa-agreements', 'Create the new service agreements in the PSA', 'Service', 'Setup', ['expire-old-agreements', 'apply-payments'], null, [4]],
  ['create-setup-sr', 'Create a service request to set up the client in PSA and RMM', 'Service', 'Setup', ['create-psa-agreements'], null, [4]],
  ['setup-spam-filter', 'Set up the hosted spam filter', 'Service', 'Setup', ['create-setup-sr'], spam, [2, 'create-setup-sr']],

  ['install-rmm-pcs', 'Install the RMM agent on client PCs (create SR)', 'NOC', 'Deploy', ['create-setup-sr'], workstations, [3, 'create-setup-sr']],
  ['install-rmm-server', 'Install the RMM agent on the server (create SR)', 'NOC', 'Deploy', ['create-setup-sr'], servers, [3, 'create-setup-sr']],
  ['server-daily-monitoring', 'Add server to RMM daily monitoring', 'NOC', 'Deploy', ['install-rmm-server'], servers, [1, 'install-rmm-server']],
  ['server-patch-group', 'Add server to the RMM patch management group', 'NOC', 'Deploy', ['install-rmm-server'], servers, [1, 'install-rmm-server']],
  ['backup-job-alerts', 'Set up backup jobs to email the monitoring mailbox', 'NOC', 'Deploy', ['install-rmm-server'], servers, [2, 'install-rmm-server']],
  ['monitoring-and-patches', 'Set up monitoring, schedule patches and fixes', 'NOC', 'Deploy', ['install-rmm-pcs', 'install-rmm-server'], null, [2, 'install-rmm-pcs']],
  ['update-monitoring-sheet', 'Update the daily monitoring sheet with the new client’s requirements', 'NOC', 'Deploy', ['monitoring-and-patches'], null, [1, 'monitoring-and-patches']],

  ['train-spam-filter', 'Train the client on the hosted spam filter', 'Account Manager', 'Welcome', ['setup-spam-filter'], spam, [3, 'setup-spam-filter']],
  ['tutor-portal', 'Tutor the client contact on the PSA service portal', 'Account Manager', 'Welcome', ['create-setup-sr'], null, [5, 'create-setup-sr']],
  ['tutor-sr-process', 'Tutor the client contact on the service request process', 'Account Manager', 'Welcome', ['create-setup-sr'], null, [5, 'create-setup-sr']],
  ['rmm-executive-summary', 'Create the RMM executive summary report', 'Account Manager', 'Welcome', ['monitoring-and-patches'], goldUp, [5, 'monitoring-and-patches']],
  ['send-intro-letter', 'Send the intro letter to the client', 'Account Manager', 'Welcome', ['tutor-portal', 'tutor-sr-process'], null, [1, 'tutor-sr-process']],
];

export function defaultTemplateSteps(): TemplateStep[] {
  return DEFS.map(([key, title, department, phase, dependsOn, condition, [days, after]], i) => ({
    key,
    title,
    department,
    phase,
    order: i + 1,
    required: true,
    dependsOn,
    condition,
    due: after === undefined ? { days } : { days, after },
  }));
}
