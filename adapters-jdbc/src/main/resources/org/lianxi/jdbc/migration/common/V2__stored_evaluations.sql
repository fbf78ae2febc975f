-- Lianxi schema, version 2: stored evaluations, so that cadre dossiers across terms come from the
-- database. Placeholders as in V1, and ${text} for long text (TEXT / MEDIUMTEXT / CLOB).
-- Lists of ids are stored one per line (a backslash and a new line inside an id are escaped).

CREATE TABLE ${prefix}evaluation (
  id BIGINT NOT NULL,
  policy_id VARCHAR(100) NOT NULL,
  policy_version VARCHAR(100) NOT NULL,
  policy_hash VARCHAR(64) NOT NULL,
  term_id VARCHAR(100) NOT NULL,
  as_of DATE NOT NULL,
  evaluated_at ${timestamp} NOT NULL,
  CONSTRAINT ${prefix}evaluation_pk PRIMARY KEY (id)
)${table_options};

CREATE INDEX ${prefix}evaluation_term_ix ON ${prefix}evaluation (term_id, as_of);

-- One row per verdict, in the evaluation's order.
CREATE TABLE ${prefix}verdict (
  evaluation_id BIGINT NOT NULL,
  pos INTEGER NOT NULL,
  subject VARCHAR(100) NOT NULL,
  university VARCHAR(100) NOT NULL,
  obligation_id VARCHAR(100) NOT NULL,
  clause VARCHAR(200) NOT NULL,
  strength VARCHAR(32) NOT NULL,
  basis VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  required_count INTEGER NOT NULL,
  achieved_count INTEGER NOT NULL,
  activity_ids ${text} NOT NULL,
  unit_ids ${text} NOT NULL,
  feedback_ids ${text} NOT NULL,
  missing ${text} NOT NULL,
  explanation_zh ${text} NOT NULL,
  explanation_en ${text} NOT NULL,
  CONSTRAINT ${prefix}verdict_pk PRIMARY KEY (evaluation_id, pos)
)${table_options};

CREATE INDEX ${prefix}verdict_subject_ix ON ${prefix}verdict (subject, evaluation_id);

-- The activities a verdict would have counted but excluded: one row per activity and reason.
CREATE TABLE ${prefix}verdict_exclusion (
  evaluation_id BIGINT NOT NULL,
  verdict_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  activity_id VARCHAR(100) NOT NULL,
  reason_pos INTEGER NOT NULL,
  rule VARCHAR(32) NOT NULL,
  reason_zh ${text} NOT NULL,
  reason_en ${text} NOT NULL,
  CONSTRAINT ${prefix}verdict_exclusion_pk PRIMARY KEY (evaluation_id, verdict_pos, pos, reason_pos)
)${table_options};

-- The integrity findings of the evaluated term, as the report shows them (optional).
CREATE TABLE ${prefix}finding (
  evaluation_id BIGINT NOT NULL,
  pos INTEGER NOT NULL,
  rule VARCHAR(32) NOT NULL,
  severity VARCHAR(32) NOT NULL,
  subject VARCHAR(100) NOT NULL,
  activity_ids ${text} NOT NULL,
  state VARCHAR(32) NOT NULL,
  explanation_zh ${text} NOT NULL,
  explanation_en ${text} NOT NULL,
  CONSTRAINT ${prefix}finding_pk PRIMARY KEY (evaluation_id, pos)
)${table_options};

CREATE INDEX ${prefix}finding_subject_ix ON ${prefix}finding (subject, evaluation_id);
