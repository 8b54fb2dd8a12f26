/**
 * Which SLA row applies to a ticket. The customer's agreement active on the Created date decides:
 * first an SLA row naming the agreement's Tier, then one naming its Type (Managed / Block Hours /
 * Time & Materials, any accepted spelling). A customer with no agreement that day is break-fix: the
 * Time & Materials row applies.
 */
import { finding, type Finding } from '../findings';
import { agreementsOn, type GridModel } from '../grid/model';
import { headerKey, nameKey } from '../names';
import { cellOf, type ParsedTable, type Row } from '../workbook/parse-table';
import { AGREEMENT_TYPES, type AgreementType, type Priority, type SlaRow } from '../workbook/tables';

export interface SlaTargets {
  byTier: Map<string, Row<SlaRow>>;
  byType: Map<string, Row<SlaRow>>;
}

const TYPE_BY_SPELLING = new Map<string, AgreementType>();
for (const [type, spellings] of Object.entries(AGREEMENT_TYPES) as [AgreementType, readonly string[]][]) {
  TYPE_BY_SPELLING.set(headerKey(type), type);
  for (const s of spellings) TYPE_BY_SPELLING.set(headerKey(s), type);
}

export function agreementTypeOf(text: string): AgreementType | undefined {
  return TYPE_BY_SPELLING.get(headerKey(text));
}

export function indexSlaTargets(table: ParsedTable<SlaRow>, tierKeys: ReadonlySet<string>): { targets: SlaTargets; findings: Finding[] } {
  const byTier = new Map<string, Row<SlaRow>>();
  const byType = new Map<string, Row<SlaRow>>();
  const findings: Finding[] = [];
  for (const r of table.rows) {
    if (r.errors || r.appliesTo === undefined || r.priority === undefined) continue; // parse finding already given
    const tierKey = nameKey(r.appliesTo);
    const type = agreementTypeOf(r.appliesTo);
    let map: Map<string, Row<SlaRow>>;
    let key: string;
    if (tierKeys.has(tierKey)) [map, key] = [byTier, `${tierKey}|${r.priority}`];
    else if (type) [map, key] = [byType, `${type}|${r.priority}`];
    else {
      findings.push(finding('warning', 'unknown_sla_scope', cellOf(table, r, 'appliesTo'),
        `SLA row for ${JSON.stringify(r.appliesTo)} names neither a tier nor an agreement type (Managed, Block Hours, Time & Materials); it is not used`));
      continue;
    }
    if (map.has(key)) {
      findings.push(finding('warning', 'duplicate_sla_row', cellOf(table, r, 'appliesTo'),
        `Another SLA row already covers ${r.appliesTo} ${r.priority}; this one is ignored`));
      continue;
    }
    map.set(key, r);
  }
  return { targets: { byTier, byType }, findings };
}

export interface TargetMatch {
  agreementType: AgreementType | null;
  tier: string | null;
  row: Row<SlaRow> | null;
}

export function targetFor(targets: SlaTargets, model: GridModel, customerKey: string, date: string, priority: Priority): TargetMatch {
  const agreement = agreementsOn(model, customerKey, date)[0];
  if (!agreement) return { agreementType: null, tier: null, row: targets.byType.get(`tm|${priority}`) ?? null };
  const tier = agreement.tier ?? null;
  const byTier = tier ? targets.byTier.get(`${nameKey(tier)}|${priority}`) : undefined;
  const type = agreement.type ?? null; // a bad Type cell has its own finding
  return { agreementType: type, tier, row: byTier ?? (type ? targets.byType.get(`${type}|${priority}`) : undefined) ?? null };
}
