/**
 * `msp-sync kpi BOOK.xlsx [--month YYYY-MM] [--as-of ISO] [--json] [--out RESULT.xlsx]`: DESIGN §4.4 per
 * resource, team and overall, plus the intake snapshot as of --as-of (default now). Without --month, the
 * month of the as-of time.
 */
import { computeKpis, type KpiResult, type KpiSet } from '../../../core/kpi';
import { parseWorkbook } from '../../../core/workbook/parse-workbook';
import { addKpiSheet } from '../../xlsx/kpi-sheet';
import { saveWorkbook } from '../../xlsx/write-sheet';
import { monthArg, onePositional, parseCommandArgs } from '../args';
import type { CliIo, Command } from '../io';
import { exitCodeFor, formatFindings, printJson } from '../report';
import { asOfArg, num, outArg, pct, printTable, readBook } from './sla';

const USAGE = 'kpi BOOK.xlsx [--month YYYY-MM] [--as-of ISO] [--json] [--out RESULT.xlsx]';

export const kpi: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, out: { type: 'string' }, month: { type: 'string' }, 'as-of': { type: 'string' } },
    USAGE,
  );
  const path = onePositional(positionals, 'one workbook path', USAGE);
  const month = monthArg(values.month, USAGE);
  const asOf = asOfArg(values['as-of'], USAGE);
  const out = outArg(values.out, USAGE);
  const { book, sources } = await readBook(path);
  const wb = parseWorkbook(sources, { only: ['Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'Agreements', 'Tiers', 'TimeEntries', 'WorkTypes', 'Employees', 'Finance', 'ServiceGrid', 'Services', 'OneOffs'] });
  const result = computeKpis(wb, { month, asOf });
  if (out) {
    addKpiSheet(book, result);
    await saveWorkbook(book, out);
  }
  if (values.json) printJson(io, result);
  else printHuman(io, path, result, out);
  return exitCodeFor(result.findings);
};

function printHuman(io: CliIo, path: string, r: KpiResult, out: string | undefined): void {
  io.out(`${path}: KPIs for ${r.month} (${r.timeZone})`);
  const row = (name: string, k: KpiSet) => [name, pct(k.utilization), pct(k.billableUtilization), num(k.mttrMeanHours), num(k.mttrMedianHours), pct(k.slaResponse), pct(k.slaResolution), pct(k.fcr), pct(k.reopenRate), pct(k.escalationRate), `${pct(k.csat.positive)} (${k.csat.answered})`, num(k.reactiveHoursPerEndpoint), String(k.openTickets)];
  printTable(io, [
    ['', 'Util', 'Bill util', 'MTTR', 'MTTR med', 'SLA resp', 'SLA res', 'FCR', 'Reopen', 'Escal', 'CSAT (n)', 'React h/ep', 'Open'],
    row('Overall', r.overall),
    ...r.teams.map((t) => row(`Team ${t.team}`, t)),
    ...r.resources.map((p) => row(p.resource, p)),
  ]);
  io.out(`DSO: ${num(r.overall.dsoDays, 1)} days`);
  const i = r.intake;
  io.out(`Intake as of ${i.asOf}: triage ${i.triageQueue.count}, next SLA passed ${i.nextSlaOverdue.count}, waiting >2d ${i.waitingNoActivity2Days.count}, on hold past due ${i.onHoldPastDue.count}, techs >20 open ${i.techsOver20Open.length}, unassigned ${i.unassignedNonTriage.count}, worked >2× estimate ${i.workedOver2xEstimate.count}`);
  for (const line of formatFindings(r.findings)) io.out(line);
  if (out) io.out(`Wrote ${out} with the "KPIs" sheet`);
}
