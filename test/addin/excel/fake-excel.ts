/**
 * A small Excel object model for adapter tests, built on office-addin-mock's OfficeMockObject: ranges only
 * give their values after load() + context.sync(), like Excel. Commands queued on sheets (add, delete,
 * rename, writes, fills) take effect at the next sync, which is counted; `failAtSync` makes one sync throw
 * (like an Excel API error mid-run) and drops what it carried.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { columnIndex } from '../../../core/workbook/address';
import type { ExcelRun } from '../../../addin/excel/excel-run';

export interface FakeSheet {
  id: string;
  name: string;
  cells: unknown[][];
  fills: { address: string; color: string }[];
  numberFormats: number;
  charts: { title: string; series: number }[];
  tables: { name: string; address: string; validations: { column: number; source: string }[] }[];
  frozenRows: number;
}

export interface FakeTable {
  name: string;
  sheet: string;
  /** Range of the table including its header, 0-based. */
  row0: number;
  col0: number;
  rows: number;
  columns: number;
}

type Op = () => void;

function a1ToIndex(a1: string): { row0: number; col0: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { row0: Number(m[2]) - 1, col0: columnIndex(m[1]) };
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  syncs = 0;
  /** 1-based number of the sync (counted from now) that throws; undefined = none. */
  failAtSync: number | undefined;
  /** Cells one sync may carry (values read or written); more fails like Excel's payload limit. */
  maxCellsPerSync = Infinity;
  activeSheet: string | null = null;
  selected: string | null = null;
  private ops: Op[] = [];
  private ranges: { mock: OfficeMockObject & Record<string, any>; sheet: FakeSheet; row0: number; col0: number; rows: number; columns: number; loadsValues: boolean }[] = [];
  private nextId = 1;

  addSheet(name: string, values: unknown[][] = [], at: { row0?: number; col0?: number } = {}): FakeSheet {
    const cells: unknown[][] = [];
    values.forEach((row, i) => {
      const target = (cells[(at.row0 ?? 0) + i] = [] as unknown[]);
      row.forEach((v, j) => (target[(at.col0 ?? 0) + j] = v));
    });
    const sheet = this.blankSheet(name);
    sheet.cells = cells;
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private blankSheet(name: string): FakeSheet {
    return { id: `s${this.nextId++}`, name, cells: [], fills: [], numberFormats: 0, charts: [], tables: [], frozenRows: 0 };
  }

  readonly run: ExcelRun = async (batch) => batch(this.context() as unknown as Excel.RequestContext);

  private async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops;
    const ranges = this.ranges;
    this.ops = [];
    this.ranges = [];
    const carried = ranges.reduce((n, r) => n + (Array.isArray(r.mock.values) || r.loadsValues ? r.rows * r.columns : 0), 0);
    if (carried > this.maxCellsPerSync) {
      throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
    }
    if (this.failAtSync !== undefined && --this.failAtSync === 0) {
      this.failAtSync = undefined;
      throw new Error('GeneralException: simulated Excel failure');
    }
    for (const op of ops) op();
    for (const r of ranges) {
      if (Array.isArray(r.mock.values)) {
        (r.mock.values as unknown[][]).forEach((row, i) => {
          const target = (r.sheet.cells[r.row0 + i] ??= []);
          row.forEach((v, j) => (target[r.col0 + j] = v));
        });
      }
      if (Array.isArray(r.mock.numberFormat)) r.sheet.numberFormats++;
    }
    for (const r of ranges) await r.mock.sync();
    // The mock updates loaded properties in callbacks it does not await: let them run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private context() {
    const ctx = new OfficeMockObject({ application: { suspendApiCalculationUntilNextSync: () => undefined } }) as OfficeMockObject &
      Record<string, any>;
    ctx.sync = () => this.sync();
    ctx.workbook = { worksheets: this.worksheetCollection(), tables: this.tableCollection() };
    return ctx;
  }

  private liveSheets(): FakeSheet[] {
    return this.sheets;
  }

  /** A collection whose `items` throw until `load()` was called, as Excel's do before a sync. */
  private loadable(what: string, items: () => unknown[], members: object): Record<string, any> {
    let loaded = false;
    return Object.defineProperties(
      {
        ...members,
        load() {
          loaded = true;
          return this;
        },
      },
      {
        items: {
          get() {
            if (!loaded) throw new Error(`PropertyNotLoaded: ${what}.items`);
            return items();
          },
        },
      },
    );
  }

  private worksheetCollection() {
    const self = this;
    return this.loadable('worksheets', () => self.liveSheets().map((s) => self.worksheet(s)), {
      getItemOrNullObject(name: string) {
        const s = self.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
        return s ? self.worksheet(s) : self.nullSheet();
      },
      add(name: string) {
        const s = self.blankSheet(name);
        self.ops.push(() => {
          if (self.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
          self.sheets.push(s);
        });
        return self.worksheet(s);
      },
    });
  }

  private tableCollection() {
    const self = this;
    return this.loadable(
      'tables',
      () =>
        self.tables.map((t) => ({
          name: t.name,
          worksheet: self.worksheet(self.sheet(t.sheet)!),
          getRange: () => self.range(self.sheet(t.sheet)!, t.row0, t.col0, t.rows, t.columns),
        })),
      {},
    );
  }

  private nullSheet() {
    return { isNullObject: true, load: () => undefined, delete: () => { throw new Error('delete on a null object'); } };
  }

  private worksheet(s: FakeSheet): Record<string, any> {
    const self = this;
    return {
      isNullObject: false,
      id: s.id,
      load() {
        return this;
      },
      get name() {
        return s.name;
      },
      set name(value: string) {
        self.ops.push(() => {
          if (self.sheets.some((x) => x !== s && x.name.toLowerCase() === value.toLowerCase())) throw new Error(`ItemAlreadyExists: ${value}`);
          s.name = value;
        });
      },
      delete() {
        self.ops.push(() => {
          self.sheets = self.sheets.filter((x) => x !== s);
        });
      },
      activate() {
        self.ops.push(() => (self.activeSheet = s.name));
      },
      getRangeByIndexes: (r: number, c: number, n: number, m: number) => self.range(s, r, c, n, m),
      getRange: (a1: string) => {
        const { row0, col0 } = a1ToIndex(a1);
        const range = self.range(s, row0, col0, 1, 1);
        range.select = () => self.ops.push(() => (self.selected = `${s.name}!${a1}`));
        return range;
      },
      getRanges: (address: string) => {
        const areas = { format: { fill: {} as { color?: string } } };
        self.ops.push(() => {
          if (areas.format.fill.color) s.fills.push({ address, color: areas.format.fill.color });
        });
        return areas;
      },
      getUsedRangeOrNullObject: () => {
        let rows = 0, cols = 0, minCol = Infinity, minRow = Infinity;
        s.cells.forEach((row, i) => {
          if (!row) return;
          row.forEach((v, j) => {
            if (v === undefined || v === '') return;
            minRow = Math.min(minRow, i);
            minCol = Math.min(minCol, j);
            rows = Math.max(rows, i + 1);
            cols = Math.max(cols, j + 1);
          });
        });
        if (rows === 0) {
          const empty = new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }) as OfficeMockObject & Record<string, any>;
          empty.isNullObject = true;
          return empty;
        }
        return self.range(s, minRow, minCol, rows - minRow, cols - minCol);
      },
      freezePanes: { freezeRows: (n: number) => self.ops.push(() => (s.frozenRows = n)) },
      charts: {
        add: () => {
          const chart = { title: '', series: 1 };
          self.ops.push(() => s.charts.push(chart));
          const api = {
            title: { set text(t: string) { chart.title = t; } },
            series: {
              getItemAt: () => ({ setXAxisValues: () => undefined }),
              add: () => {
                chart.series++;
                return { setValues: () => undefined, setXAxisValues: () => undefined };
              },
            },
            setPosition: () => undefined,
          };
          return api;
        },
      },
      tables: {
        add: (address: string) => {
          const entry = { name: '', address, validations: [] as { column: number; source: string }[] };
          self.ops.push(() => s.tables.push(entry));
          return {
            set name(n: string) { entry.name = n; },
            columns: {
              getItemAt: (column: number) => ({
                getDataBodyRange: () => ({
                  dataValidation: { set rule(r: { list: { source: string } }) { entry.validations.push({ column, source: r.list.source }); } },
                }),
              }),
            },
          };
        },
      },
    };
  }

  private range(s: FakeSheet, row0: number, col0: number, rows: number, columns: number) {
    const mock = new OfficeMockObject({
      rowIndex: row0,
      columnIndex: col0,
      rowCount: rows,
      columnCount: columns,
      format: { fill: {}, font: {}, autofitColumns: () => undefined },
    }) as OfficeMockObject & Record<string, any>;
    mock.isNullObject = false; // plain property: Excel gives it after any sync
    const load = mock.load.bind(mock) as (props?: unknown) => unknown;
    // setValue is public at runtime but private in the typings: it adds a loadable property.
    const setValue = (mock as unknown as { setValue(name: string, value: unknown): void }).setValue.bind(mock);
    // Values are read at load time (the fake's data does not change between load and sync in these tests).
    (mock as Record<string, any>).load = (props?: string) => {
      if (typeof props === 'string' && props.includes('values')) {
        const out: unknown[][] = [];
        for (let i = 0; i < rows; i++) {
          const src = s.cells[row0 + i] ?? [];
          const line = new Array<unknown>(columns);
          for (let j = 0; j < columns; j++) line[j] = src[col0 + j] ?? '';
          out.push(line);
        }
        setValue('values', out);
        entry.loadsValues = true;
      }
      return load(props);
    };
    const entry = { mock, sheet: s, row0, col0, rows, columns, loadsValues: false };
    this.ranges.push(entry);
    return mock;
  }
}
