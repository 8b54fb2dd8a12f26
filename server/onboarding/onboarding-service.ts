/**
 * Onboarding use cases over the store: each write reads the row, applies the pure routing rules of
 * core/onboarding, checks the row version inside the same transaction (no lost update), writes the next
 * version with its audit row, and only after commit tells the open panes (server-sent events).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json';
import type { AuditLog } from '../audit/audit-log';
import type { CoverPatch } from '../../core/api/onboarding';
import { configurationFor, type Configuration } from '../../core/onboarding/configuration';
import type { CoverPage } from '../../core/onboarding/cover';
import { isManager, newOnboarding, type Actor, type OnboardingRecord } from '../../core/onboarding/record';
import { acknowledgeHandoffs, changeStep, editCover, isComplete, type Refusal } from '../../core/onboarding/routing';
import { queueOf, type QueueItem } from '../../core/onboarding/view';
import { viewOnboardingJson } from '../../core/onboarding/view-json';
import type { EventBus } from '../events/event-bus';
import type { PublishedGrid } from '../grid/published-grid';
import { etagOf, ifMatchAccepts } from '../http/if-match';
import { ApiProblem, notFound } from '../http/problem';
import type { Db } from '../store/database';
import type { GroupCommit } from '../store/group-commit';
import type { OnboardingRows, StoredOnboarding } from '../store/onboardings';
import type { Templates } from '../store/templates';

/** An onboarding as the API answers it: its JSON text (DESIGN §5) and its ETag. */
export interface Versioned {
  id: number;
  etag: string;
  json: string;
}

const refusal = (r: Refusal) => new ApiProblem(r.status, r.code, r.title, r.detail, r.extra ?? {});

export class OnboardingService {
  constructor(
    private readonly db: Db,
    private readonly rows: OnboardingRows,
    private readonly templates: Templates,
    private readonly audit: AuditLog,
    private readonly grid: PublishedGrid,
    private readonly events: EventBus,
    private readonly writes: GroupCommit,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  private view(s: StoredOnboarding): Versioned {
    return { id: s.record.id, etag: etagOf(s.version), json: viewOnboardingJson(s.record, s.version, this.grid.businessDays()) };
  }

  private load(id: number): StoredOnboarding {
    const s = Number.isSafeInteger(id) ? this.rows.get(id) : null;
    if (!s) throw notFound(`No onboarding ${id}`);
    return s;
  }

  get(id: number): Versioned {
    return this.view(this.load(id));
  }

  /** The onboardings as a JSON array text. */
  listJson(status?: 'open' | 'complete'): string {
    return `[${this.rows.list(status).map((s) => this.view(s).json).join(',')}]`;
  }

  /** Creates from a cover page. With an Idempotency-Key, a replay of the same body returns the same onboarding. */
  async create(actor: Actor, cover: CoverPage, idempotencyKey?: string, templateId?: number): Promise<Versioned & { replayed: boolean }> {
    const now = this.clock();
    const bodyHash = createHash('sha256').update(canonicalJson({ cover, templateId: templateId ?? null })).digest('hex');
    const result = await this.writes.run(() => {
        if (idempotencyKey) {
          const seen = this.rows.idempotent(actor.id, idempotencyKey);
          if (seen) {
            if (seen.bodyHash !== bodyHash) {
              throw new ApiProblem(422, 'idempotency_key_reused', 'Idempotency-Key reused', `Idempotency-Key "${idempotencyKey}" was already used for a different request body (onboarding ${seen.onboardingId})`);
            }
            return { stored: this.rows.get(seen.onboardingId)!, replayed: true };
          }
        }
        const template = this.templates.current(templateId);
        if (!template) throw new ApiProblem(409, 'no_published_template', 'No published template', templateId ? `Template ${templateId} has no published version` : 'No onboarding template is published');
        const record = newOnboarding(this.rows.nextId(), cover, { id: template.templateId, version: template.version, steps: template.steps }, actor.name, now);
        this.rows.insert(record, isComplete(record) ? 'complete' : 'open', now);
        if (idempotencyKey) this.rows.rememberKey(actor.id, idempotencyKey, bodyHash, record.id, now);
        this.audit.append({ actor: actor.name, action: 'onboarding.create', entity: 'onboarding', entityId: record.id, data: { cover, template: { id: template.templateId, version: template.version } }, at: now });
        return { stored: this.rows.get(record.id)!, replayed: false };
      });
    if (!result.replayed) this.emit(result.stored, 'created');
    return { ...this.view(result.stored), replayed: result.replayed };
  }

  /** PUT a step's state. Same state → no-op (even on a stale If-Match: the caller sees who did it). */
  async setStep(actor: Actor, id: number, key: string, done: boolean, ifMatch: string | undefined, note?: string): Promise<Versioned & { changed: boolean }> {
    const now = this.clock();
    const out = await this.writes.run(() => {
        const s = this.load(id);
        const change = changeStep(s.record, key, done, actor, now, note);
        if (change.kind === 'refused' && change.refusal.status !== 409) throw refusal(change.refusal);
        requireIfMatch(ifMatch);
        if (change.kind === 'noop') return { stored: s, changed: false };
        if (!ifMatchAccepts(ifMatch!, s.version)) throw stale(id, s.version);
        if (change.kind === 'refused') throw refusal(change.refusal);
        const stored = this.write(s, change.record, now);
        this.audit.append({
          actor: actor.name,
          action: done ? 'step.complete' : 'step.uncomplete',
          entity: 'onboarding',
          entityId: id,
          data: { step: key, done, note: note ?? null, version: stored.version, previous: change.previous },
          at: now,
        });
        this.auditHandoffs(s.record, stored.record, actor, now);
        return { stored, changed: true };
      });
    if (out.changed) this.emit(out.stored, `step:${key}`);
    return { ...this.view(out.stored), changed: out.changed };
  }

  async patchCover(actor: Actor, id: number, patch: CoverPatch, ifMatch: string | undefined, validate: (c: unknown) => CoverPage): Promise<Versioned> {
    if (!isManager(actor) && !actor.departments.some((d) => ['sales', 'account manager'].includes(d.toLowerCase()))) {
      throw new ApiProblem(403, 'forbidden', 'Forbidden', 'Only Sales, Account Management or a manager may edit the cover page');
    }
    const now = this.clock();
    const stored = await this.writes.run(() => {
        const s = this.load(id);
        requireIfMatch(ifMatch);
        if (!ifMatchAccepts(ifMatch!, s.version)) throw stale(id, s.version);
        const c = s.record.cover;
        const merged = validate({
          ...c,
          ...patch,
          servers: { ...c.servers, ...patch.servers },
          workstations: { ...c.workstations, ...patch.workstations },
          billingContact: { ...c.billingContact, ...patch.billingContact },
        });
        const next = this.write(s, editCover(s.record, merged, now), now);
        this.audit.append({ actor: actor.name, action: 'onboarding.cover', entity: 'onboarding', entityId: id, data: { patch, before: c, version: next.version }, at: now });
        this.auditHandoffs(s.record, next.record, actor, now);
        return next;
      });
    this.emit(stored, 'cover');
    return this.view(stored);
  }

  async acknowledge(actor: Actor, id: number, department: string): Promise<Versioned> {
    const now = this.clock();
    const out = await this.writes.run(() => {
        const s = this.load(id);
        const r = acknowledgeHandoffs(s.record, department, actor, now);
        if (r.kind === 'refused') throw refusal(r.refusal);
        if (r.kind === 'noop') return { stored: s, changed: false };
        const next = this.write(s, r.record, now);
        this.audit.append({ actor: actor.name, action: 'handoff.ack', entity: 'onboarding', entityId: id, data: { department, version: next.version }, at: now });
        return { stored: next, changed: true };
      });
    if (out.changed) this.emit(out.stored, `ack:${department}`);
    return this.view(out.stored);
  }

  queue(department?: string): QueueItem[] {
    return queueOf(this.rows.list('open').map((s) => s.record), department, this.grid.businessDays());
  }

  configuration(id: number): Configuration {
    const s = this.load(id);
    if (!isComplete(s.record)) {
      throw new ApiProblem(409, 'onboarding_not_complete', 'Onboarding not complete', `Onboarding ${id} (${s.record.client}) is not complete yet; its configuration is produced when every applicable required step is done`);
    }
    return configurationFor(s.record.cover, this.grid.current()?.sources ?? null, this.clock().slice(0, 10));
  }

  private write(s: StoredOnboarding, record: OnboardingRecord, now: string): StoredOnboarding {
    const status = isComplete(record) ? 'complete' : 'open';
    // The version check is inside the transaction: a concurrent writer makes this fail instead of being overwritten.
    if (!this.rows.update(record, status, s.version, now)) throw stale(record.id, s.version);
    return { record, version: s.version + 1, status };
  }

  private auditHandoffs(before: OnboardingRecord, after: OnboardingRecord, actor: Actor, now: string): void {
    for (const h of after.handoffs.slice(before.handoffs.length)) {
      this.audit.append({ actor: actor.name, action: 'handoff', entity: 'onboarding', entityId: after.id, data: { from: h.from, to: h.to, phase: h.phase }, at: now });
    }
  }

  private emit(s: StoredOnboarding, action: string): void {
    this.events.emit({ type: 'onboarding', id: s.record.id, version: s.version, status: s.status, action });
  }

}

function requireIfMatch(ifMatch: string | undefined): void {
  if (!ifMatch) throw new ApiProblem(428, 'if_match_required', 'If-Match required', 'Send the onboarding\'s ETag in If-Match (GET it first)');
}

function stale(id: number, version: number): ApiProblem {
  return new ApiProblem(412, 'stale_version', 'Precondition failed', `Onboarding ${id} has changed (now version ${version}); reload it and retry`, { currentVersion: version }, { etag: etagOf(version) });
}
