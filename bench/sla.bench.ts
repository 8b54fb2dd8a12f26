/**
 * SLA throughput: 100,000 tickets × 5 status events over three months in America/New_York (DST change
 * on 2026-11-01, a holiday, pauses in Waiting Customer / On Hold). Measured: computeSla on the parsed
 * workbook (business-time due dates for response, plan and resolution; pauses; met/missed; summary;
 * ISO output). Baseline, same run: the same tickets with the same pause rules but wall-clock arithmetic
 * (due = created + target hours + paused time overlapping, no calendar) — what a tool without business
 * hours does.
 */
import { mergeIntervals } from '../core/calendar/business-time';
import { parseInstant, zoneClock } from '../core/calendar/zone';
import { nameKey } from '../core/names';
import { computeSla } from '../core/sla';
import { parseWorkbook, type SheetSource } from '../core/workbook';
import { gc, measure, rate, ratio } from './measure';

const TICKETS = 100_000;
const EVENTS = 5;
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const STATUSES = ['In Progress', 'Waiting Customer', 'In Progress', 'On Hold', 'In Progress'];
const pad = (n: number) => String(n).padStart(2, '0');

function local(base: number, minutes: number): string {
  // Wall-clock text from a base day index (0 = 2026-09-01) plus minutes; UTC arithmetic = no zone applied.
  return new Date(Date.UTC(2026, 8, 1) + base * 86_400_000 + minutes * 60_000).toISOString().slice(0, 19);
}

function sources(): SheetSource[] {
  let seed = 7;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  const tickets: unknown[][] = [['Ticket', 'Customer', 'Priority', 'Created', 'First Response', 'Resolved', 'Resource']];
  const events: unknown[][] = [['Ticket', 'At', 'Status']];
  for (let i = 0; i < TICKETS; i++) {
    const day = rnd(90);
    const created = 7 * 60 + rnd(12 * 60);
    let t = created;
    for (let e = 0; e < EVENTS; e++) {
      t += 15 + rnd(8 * 60);
      events.push([`T${i}`, local(day, t), STATUSES[e]]);
    }
    const resolved = rnd(10) === 0 ? '' : local(day, t + rnd(600));
    tickets.push([`T${i}`, `Customer ${rnd(200)}`, PRIORITIES[rnd(4)], local(day, created), local(day, created + 5 + rnd(240)), resolved, `Tech ${rnd(30)}`]);
  }
  const agreements: unknown[][] = [['Customer', 'Type', 'Start']];
  for (let c = 0; c < 200; c++) if (c % 5 !== 0) agreements.push([`Customer ${c}`, 'Managed', '2026-01-01']);
  const sla: unknown[][] = [['Agreement Type', 'Priority', 'Response Hours', 'Plan Hours', 'Resolution Hours']];
  PRIORITIES.forEach((p, k) => {
    sla.push(['Managed', p, [1, 2, 4, 8][k], [2, 4, 8, 16][k], [4, 8, 16, 40][k]]);
    sla.push(['Time & Materials', p, [2, 4, 8, 16][k], '', [8, 16, 32, 80][k]]);
  });
  return [
    { name: 'Settings', values: [['Key', 'Value'], ['Time Zone', 'America/New_York']] },
    { name: 'Calendar', values: [['Day', 'Start', 'End'], ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, '08:00', '17:00']), ['Sat', '09:00', '13:00']] },
    { name: 'Holidays', values: [['Date', 'Name'], ['2026-09-07', 'Labor Day'], ['2026-11-26', 'Thanksgiving']] },
    { name: 'Agreements', values: agreements },
    { name: 'SLA', values: sla },
    { name: 'Tickets', values: tickets },
    { name: 'TicketEvents', values: events },
  ];
}

export default async function (): Promise<void> {
  const wb = parseWorkbook(sources());
  gc();
  const asOf = '2026-12-15T12:00:00';
  const target = new Map<string, number[]>();
  for (const r of wb.SLA.rows) target.set(`${nameKey(r.appliesTo)}|${r.priority}`, [r.responseHours, r.planHours ?? 0, r.resolutionHours]);
  const pauseKeys = new Set(wb.settings.pauseStatuses.map(nameKey));

  // Baseline: same parsing of instants, same pause intervals, wall-clock due dates.
  const baseline = () => {
    const clock = zoneClock(wb.settings.timeZone);
    const byTicket = new Map<string, { at: number; status: string }[]>();
    for (const e of wb.TicketEvents.rows) {
      const k = nameKey(e.ticket);
      const list = byTicket.get(k) ?? [];
      list.push({ at: parseInstant(e.at, clock)!, status: e.status });
      byTicket.set(k, list);
    }
    let met = 0;
    const asOfMs = parseInstant(asOf, clock)!;
    for (const t of wb.Tickets.rows) {
      const created = parseInstant(t.created, clock)!;
      const resolved = t.resolved ? parseInstant(t.resolved, clock)! : null;
      const end = resolved ?? asOfMs;
      const events = (byTicket.get(nameKey(t.ticket)) ?? []).sort((a, b) => a.at - b.at);
      const pairs: [number, number][] = [];
      let since: number | null = null;
      for (const e of events) {
        if (e.at > end) break;
        const p = pauseKeys.has(nameKey(e.status));
        if (p && since === null) since = e.at;
        else if (!p && since !== null) (pairs.push([since, e.at]), (since = null));
      }
      if (since !== null) pairs.push([since, end]);
      const pauses = mergeIntervals(pairs);
      const hours = target.get(`managed|${t.priority}`)!;
      for (const h of hours) {
        let due = created + h * 3_600_000;
        for (let i = 0; i < pauses.length; i += 2) if (pauses[i] < due) due += pauses[i + 1] - pauses[i];
        if (resolved !== null && resolved <= due) met++;
        clock.format(due);
      }
    }
    return met;
  };

  const base = await measure(baseline, 3);
  const real = await measure(() => computeSla(wb, { asOf }), 3);
  const check = computeSla(wb, { asOf });
  console.log(`tickets: ${TICKETS.toLocaleString('en-US')} × ${EVENTS} events (${check.tickets.length} reported, ${check.findings.length} findings)`);
  console.log(`wall-clock baseline: ${base.ms.toFixed(0)} ms  ${rate(TICKETS, base.ms)} tickets`);
  console.log(`computeSla (business calendar): ${real.ms.toFixed(0)} ms  ${rate(TICKETS, real.ms)} tickets  ${ratio(real.ms, base.ms)}  peak heap +${real.peakHeapMb.toFixed(0)} MB`);
  console.log(`summary: response met ${check.summary.overall.response.met}/${check.summary.overall.response.met + check.summary.overall.response.missed}, resolution met ${check.summary.overall.resolution.met}/${check.summary.overall.resolution.met + check.summary.overall.resolution.missed}`);
}
