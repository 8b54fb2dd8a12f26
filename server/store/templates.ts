/**
 * Versioned onboarding templates. Drafts may be replaced; a published version is immutable (a trigger
 * refuses updates), and onboardings pin the version they started on.
 */
import { DEFAULT_TEMPLATE_NAME, defaultTemplateSteps } from '../../core/onboarding/default-template';
import type { TemplateStep } from '../../core/onboarding/template';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from './database';

export interface TemplateVersionView {
  templateId: number;
  version: number;
  status: 'draft' | 'published';
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  steps: TemplateStep[];
}

export interface TemplateView {
  id: number;
  name: string;
  currentVersion: number | null;
  versions: Omit<TemplateVersionView, 'steps'>[];
}

interface VersionRow {
  template_id: number;
  version: number;
  status: 'draft' | 'published';
  steps: string;
  created_at: string;
  created_by: string;
  published_at: string | null;
  published_by: string | null;
}

const toVersion = (r: VersionRow): TemplateVersionView => ({
  templateId: r.template_id,
  version: r.version,
  status: r.status,
  createdAt: r.created_at,
  createdBy: r.created_by,
  publishedAt: r.published_at,
  publishedBy: r.published_by,
  steps: JSON.parse(r.steps) as TemplateStep[],
});

export class Templates {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  /** On an empty database: the default template (seed 001), version 1, published. */
  ensureDefault(now = new Date().toISOString()): void {
    this.db
      .transaction(() => {
        if (this.db.prepare('SELECT count(*) FROM templates').pluck().get() !== 0) return;
        const id = this.insertTemplate('system', DEFAULT_TEMPLATE_NAME, now);
        this.insertVersion('system', id, defaultTemplateSteps(), now);
        this.publishInTx('system', id, 1, now);
      })
      .immediate();
  }

  list(): TemplateView[] {
    const templates = this.db.prepare<[], { id: number; name: string }>('SELECT id, name FROM templates ORDER BY id').all();
    return templates.map((t) => {
      const versions = this.versions(t.id).map(({ steps: _steps, ...v }) => v);
      const published = versions.filter((v) => v.status === 'published');
      return { id: t.id, name: t.name, currentVersion: published.length ? published[published.length - 1].version : null, versions };
    });
  }

  get(id: number): TemplateView | null {
    return this.list().find((t) => t.id === id) ?? null;
  }

  versions(templateId: number): TemplateVersionView[] {
    return this.db.prepare<[number], VersionRow>('SELECT * FROM template_versions WHERE template_id = ? ORDER BY version').all(templateId).map(toVersion);
  }

  version(templateId: number, version: number): TemplateVersionView | null {
    const r = this.db.prepare<[number, number], VersionRow>('SELECT * FROM template_versions WHERE template_id = ? AND version = ?').get(templateId, version);
    return r ? toVersion(r) : null;
  }

  /** The version new onboardings use: the latest published version of the first template that has one. */
  current(templateId?: number): TemplateVersionView | null {
    const r = this.db
      .prepare<unknown[], VersionRow>(
        `SELECT * FROM template_versions WHERE status = 'published' ${templateId ? 'AND template_id = ?' : ''}
         ORDER BY template_id, version DESC LIMIT 1`,
      )
      .get(...(templateId ? [templateId] : []));
    return r ? toVersion(r) : null;
  }

  create(actor: string, name: string, steps: TemplateStep[], now = new Date().toISOString()): TemplateView {
    const id = this.db
      .transaction(() => {
        const id = this.insertTemplate(actor, name, now);
        this.insertVersion(actor, id, steps, now);
        return id;
      })
      .immediate();
    return this.get(id)!;
  }

  addVersion(actor: string, templateId: number, steps: TemplateStep[], now = new Date().toISOString()): TemplateVersionView {
    return this.db.transaction(() => this.version(templateId, this.insertVersion(actor, templateId, steps, now))!).immediate();
  }

  /** Publishes a draft; publishing a published version again is a no-op. */
  publish(actor: string, templateId: number, version: number, now = new Date().toISOString()): TemplateVersionView | null {
    return this.db
      .transaction(() => {
        const v = this.version(templateId, version);
        if (!v) return null;
        if (v.status === 'draft') this.publishInTx(actor, templateId, version, now);
        return this.version(templateId, version);
      })
      .immediate();
  }

  private insertTemplate(actor: string, name: string, now: string): number {
    const id = Number(this.db.prepare('INSERT INTO templates (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid);
    this.audit.append({ actor, action: 'template.create', entity: 'template', entityId: id, data: { name }, at: now });
    return id;
  }

  private insertVersion(actor: string, templateId: number, steps: TemplateStep[], now: string): number {
    const next = ((this.db.prepare('SELECT max(version) FROM template_versions WHERE template_id = ?').pluck().get(templateId) as number | null) ?? 0) + 1;
    this.db
      .prepare(`INSERT INTO template_versions (template_id, version, status, steps, created_at, created_by) VALUES (?, ?, 'draft', ?, ?, ?)`)
      .run(templateId, next, JSON.stringify(steps), now, actor);
    this.audit.append({ actor, action: 'template.version', entity: 'template', entityId: templateId, data: { version: next, steps }, at: now });
    return next;
  }

  private publishInTx(actor: string, templateId: number, version: number, now: string): void {
    this.db
      .prepare(`UPDATE template_versions SET status = 'published', published_at = ?, published_by = ? WHERE template_id = ? AND version = ?`)
      .run(now, actor, templateId, version);
    this.audit.append({ actor, action: 'template.publish', entity: 'template', entityId: templateId, data: { version }, at: now });
  }
}
