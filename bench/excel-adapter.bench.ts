/**
 * The Excel adapter's batching (DESIGN §6): reading and writing 100,000 time-entry rows through the
 * adapter over a mock Excel (office-addin-mock proxies), counting context.sync() round trips. Baseline in
 * the same run: copying the same rows with a bare loop (what the adapter adds on top of moving the data).
 * Run: npm run bench -- excel-adapter
 */
import { CELL_BUDGET } from '../addin/excel/chunks';
import { ExcelWorkbook } from '../addin/excel/excel-workbook';
import { FakeExcel } from '../test/addin/excel/fake-excel';
import { measure, rate, ratio } from './measure';

const ROWS = 100_000;
const HEADER = ['Date', 'Customer', 'Role', 'Work Type', 'Hours', 'Recorded', 'Ticket', 'Resource', 'Notes', 'Entry'];

function rows(): unknown[][] {
  const out: unknown[][] = [HEADER];
  for (let i = 0; i < ROWS; i++) out.push([46280 + (i % 90), `Customer ${i % 50}`, 'Technician', 'Standard', 0.25 + (i % 8) / 4, 'Covered', `T${i % 9000}`, 'Alex', '', `E${i}`]);
  return out;
}

export default async function excelAdapterBench(): Promise<void> {
  const values = rows();
  const cells = values.length * HEADER.length;
  const baseline = await measure(() => values.map((r) => r.slice()));

  let readSyncs = 0;
  const read = await measure(async () => {
    const excel = new FakeExcel();
    excel.addSheet('TimeEntries', values);
    await new ExcelWorkbook(excel.run).readTables(['TimeEntries']);
    readSyncs = excel.syncs;
  });

  let writeSyncs = 0;
  const write = await measure(async () => {
    const excel = new FakeExcel();
    await new ExcelWorkbook(excel.run).writeResultSheet({
      name: 'Invoice Check', header: HEADER, rows: values.slice(1) as (string | number)[][],
      fills: values.slice(1).map((_, i) => (i % 3 === 0 ? '#FFC7CE' : null)), formats: { Hours: '0.00' },
    });
    writeSyncs = excel.syncs;
  });

  const bound = Math.ceil(cells / CELL_BUDGET);
  console.log(`baseline (copy ${ROWS.toLocaleString('en-US')} rows): ${baseline.ms.toFixed(1)} ms`);
  console.log(`read  ${ROWS.toLocaleString('en-US')} rows × ${HEADER.length}: ${read.ms.toFixed(0)} ms (${rate(ROWS, read.ms)} rows), ${readSyncs} syncs (⌈cells ÷ ${CELL_BUDGET.toLocaleString('en-US')}⌉ = ${bound}), ${ratio(read.ms, baseline.ms)}`);
  console.log(`write ${ROWS.toLocaleString('en-US')} rows × ${HEADER.length} + fills + formats: ${write.ms.toFixed(0)} ms (${rate(ROWS, write.ms)} rows), ${writeSyncs} syncs, ${ratio(write.ms, baseline.ms)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await excelAdapterBench();
