-- Lianxi schema, version 1: the facts of SPEC §5, the append-only activity log and its chain head.
-- Portable across H2 2.x, PostgreSQL 15+ and MariaDB 10.11. Placeholders (set by the library):
--   ${prefix}         the table prefix (validated: [a-z][a-z0-9_]{0,20})
--   ${timestamp}      a date-time without zone at second precision (TIMESTAMP(0) / DATETIME(0))
--   ${table_options}  MariaDB: InnoDB, utf8mb4 with a binary, no-pad collation (ids are
--                     case- and space-sensitive); empty elsewhere
-- Every fact table keeps its source order in "pos"; ids that must be unique are UNIQUE.

CREATE TABLE ${prefix}org_unit (
  pos INTEGER NOT NULL,
  unit_id VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  tags VARCHAR(1000) NOT NULL,
  parent_id VARCHAR(100),
  CONSTRAINT ${prefix}org_unit_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}org_unit_uk UNIQUE (unit_id)
)${table_options};

CREATE TABLE ${prefix}cadre (
  pos INTEGER NOT NULL,
  cadre_id VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL,
  tier VARCHAR(32) NOT NULL,
  unit_id VARCHAR(100) NOT NULL,
  title VARCHAR(200) NOT NULL,
  principal BOOLEAN NOT NULL,
  party_member BOOLEAN NOT NULL,
  branch_secretary BOOLEAN NOT NULL,
  CONSTRAINT ${prefix}cadre_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}cadre_uk UNIQUE (cadre_id)
)${table_options};

CREATE TABLE ${prefix}contact_unit (
  pos INTEGER NOT NULL,
  contact_unit_id VARCHAR(100) NOT NULL,
  type VARCHAR(32) NOT NULL,
  name VARCHAR(200) NOT NULL,
  college_id VARCHAR(100),
  level VARCHAR(32),
  size INTEGER NOT NULL,
  tags VARCHAR(1000) NOT NULL,
  CONSTRAINT ${prefix}contact_unit_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}contact_unit_uk UNIQUE (contact_unit_id)
)${table_options};

CREATE TABLE ${prefix}assignment (
  pos INTEGER NOT NULL,
  cadre_id VARCHAR(100) NOT NULL,
  contact_unit_id VARCHAR(100) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  CONSTRAINT ${prefix}assignment_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}assignment_uk UNIQUE (cadre_id, contact_unit_id, valid_from)
)${table_options};

CREATE TABLE ${prefix}absence (
  pos INTEGER NOT NULL,
  cadre_id VARCHAR(100) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  CONSTRAINT ${prefix}absence_pk PRIMARY KEY (pos)
)${table_options};

CREATE TABLE ${prefix}term (
  pos INTEGER NOT NULL,
  term_id VARCHAR(100) NOT NULL,
  academic_year VARCHAR(9) NOT NULL,
  season VARCHAR(32) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  opens_on DATE NOT NULL,
  CONSTRAINT ${prefix}term_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}term_uk UNIQUE (term_id)
)${table_options};

CREATE TABLE ${prefix}teaching_break (
  pos INTEGER NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  name VARCHAR(200) NOT NULL,
  CONSTRAINT ${prefix}teaching_break_pk PRIMARY KEY (pos)
)${table_options};

CREATE TABLE ${prefix}workday (
  pos INTEGER NOT NULL,
  work_date DATE NOT NULL,
  workday BOOLEAN NOT NULL,
  name VARCHAR(200) NOT NULL,
  CONSTRAINT ${prefix}workday_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}workday_uk UNIQUE (work_date)
)${table_options};

CREATE TABLE ${prefix}feedback (
  pos INTEGER NOT NULL,
  feedback_id VARCHAR(100) NOT NULL,
  channel VARCHAR(32) NOT NULL,
  unit_id VARCHAR(100) NOT NULL,
  received_at ${timestamp} NOT NULL,
  acknowledged_at ${timestamp},
  closed_at ${timestamp},
  category VARCHAR(200) NOT NULL,
  CONSTRAINT ${prefix}feedback_pk PRIMARY KEY (pos),
  CONSTRAINT ${prefix}feedback_uk UNIQUE (feedback_id)
)${table_options};

CREATE TABLE ${prefix}review (
  pos INTEGER NOT NULL,
  activity_id VARCHAR(100) NOT NULL,
  rule VARCHAR(32) NOT NULL,
  decision VARCHAR(32) NOT NULL,
  reviewer VARCHAR(200) NOT NULL,
  reviewed_at ${timestamp} NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  CONSTRAINT ${prefix}review_pk PRIMARY KEY (pos)
)${table_options};

-- The append-only activity log: one row per record, linked by "hash" (HashChain, SPEC §4).
CREATE TABLE ${prefix}activity (
  seq BIGINT NOT NULL,
  activity_id VARCHAR(100) NOT NULL,
  cadre_id VARCHAR(100) NOT NULL,
  type VARCHAR(32) NOT NULL,
  start_at ${timestamp} NOT NULL,
  minutes INTEGER NOT NULL,
  contact_unit_id VARCHAR(100),
  venue VARCHAR(32) NOT NULL,
  topics VARCHAR(200) NOT NULL,
  participants INTEGER,
  evidence VARCHAR(2000),
  recorded_at ${timestamp} NOT NULL,
  supersedes VARCHAR(100),
  hash VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}activity_pk PRIMARY KEY (seq),
  CONSTRAINT ${prefix}activity_uk UNIQUE (activity_id)
)${table_options};

CREATE INDEX ${prefix}activity_start_ix ON ${prefix}activity (start_at);

-- The chain head: one row, locked (SELECT ... FOR UPDATE) by every write, so that writers in
-- separate connections and processes append one after another.
CREATE TABLE ${prefix}chain_head (
  id INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  hash VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}chain_head_pk PRIMARY KEY (id)
)${table_options};

INSERT INTO ${prefix}chain_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
