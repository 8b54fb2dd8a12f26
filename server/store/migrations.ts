/**
 * Numbered schema migrations, applied in order at start, each in one transaction together with its row
 * in schema_migrations. Never edit a released migration: add the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const immutable = (table: string, when = '') => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} ${when ? `WHEN ${when}` : ''}
BEGIN SELECT RAISE(ABORT, '${table} rows are immutable'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} ${when ? `WHEN ${when}` : ''}
BEGIN SELECT RAISE(ABORT, '${table} rows are immutable'); END;`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'users_tokens_audit',
    sql: `
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'member')),
  departments TEXT NOT NULL DEFAULT '[]',
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  hash TEXT NOT NULL UNIQUE,
  label TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  data TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit (entity, entity_id);
${immutable('audit')}`,
  },
  {
    version: 2,
    name: 'templates_onboardings',
    sql: `
CREATE TABLE templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE template_versions (
  template_id INTEGER NOT NULL REFERENCES templates (id),
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  steps TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  published_at TEXT,
  published_by TEXT,
  PRIMARY KEY (template_id, version)
);
${immutable('template_versions', "OLD.status = 'published'")}
CREATE TABLE onboardings (
  id INTEGER PRIMARY KEY,
  client TEXT NOT NULL,
  template_id INTEGER NOT NULL,
  template_version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'complete')),
  version INTEGER NOT NULL,
  doc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (template_id, template_version) REFERENCES template_versions (template_id, version)
);
CREATE INDEX onboardings_status ON onboardings (status);
CREATE TABLE idempotency_keys (
  user_id INTEGER NOT NULL REFERENCES users (id),
  key TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  onboarding_id INTEGER NOT NULL REFERENCES onboardings (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);`,
  },
  {
    version: 3,
    name: 'grid_versions',
    sql: `
CREATE TABLE grid_versions (
  version INTEGER PRIMARY KEY,
  published_by TEXT NOT NULL,
  published_at TEXT NOT NULL,
  tables TEXT NOT NULL
);
${immutable('grid_versions')}`,
  },
  {
    version: 4,
    name: 'onboarding_steps_column',
    // The copied template steps move out of the per-write state document (older rows keep steps NULL).
    sql: 'ALTER TABLE onboardings ADD COLUMN steps TEXT;',
  },
  {
    version: 5,
    name: 'onboarding_steps_table',
    // The ~8 KB of copied steps made every onboarding row spill into overflow pages, which every step
    // update rewrote; written once, they live in their own table and the changing row fits a page.
    sql: `
CREATE TABLE onboarding_steps (
  onboarding_id INTEGER PRIMARY KEY REFERENCES onboardings (id),
  steps TEXT NOT NULL
);
INSERT INTO onboarding_steps (onboarding_id, steps) SELECT id, steps FROM onboardings WHERE steps IS NOT NULL;
ALTER TABLE onboardings DROP COLUMN steps;
${immutable('onboarding_steps')}`,
  },
];
