-- Glossa server schema. PostgreSQL is the system of record; the Lucene indexes under the data folder are caches
-- rebuilt from these tables.

create table users (
    id          bigserial primary key,
    name        text not null unique,
    role        text not null check (role in ('translator', 'reviewer', 'terminologist', 'admin')),
    -- Argon2id of the token's secret part with a per-user salt, in PHC string form ($argon2id$v=19$m=…)
    token_hash  text not null,
    created_at  timestamptz not null default now()
);

create table memories (
    id          bigserial primary key,
    name        text not null unique,
    created_by  text not null,
    created_at  timestamptz not null default now()
);

create table units (
    id              bigserial primary key,
    memory_id       bigint not null references memories (id) on delete cascade,
    tuid            text not null default '',
    source_lang     text not null,
    target_lang     text not null,
    source_text     text not null,
    target_text     text not null,
    -- text and inline codes: [{"text": "…"} | {"tag": "OPEN|CLOSE|STANDALONE", "id", "type", "data"}]
    source_content  jsonb not null,
    target_content  jsonb not null,
    -- exact-match key of the source (core's LiveMemory.exactKey: hash of the normalised text)
    source_key      text not null,
    properties      jsonb not null default '[]',
    notes           jsonb not null default '[]',
    created_by      text not null,
    created_at      timestamptz not null,
    changed_by      text not null,
    changed_at      timestamptz not null,
    -- provenance: where the translation was made
    project         text not null default '',
    document        text not null default '',
    segment         text not null default ''
);
create index units_exact on units (memory_id, source_key);
create unique index units_tuid on units (memory_id, source_lang, target_lang, tuid) where tuid <> '';
create index units_pair on units (memory_id, source_lang, target_lang, id);

create table unit_history (
    id              bigserial primary key,
    unit_id         bigint not null,
    memory_id       bigint not null references memories (id) on delete cascade,
    op              text not null check (op in ('insert', 'update', 'delete')),
    source_text     text not null,
    target_text     text not null,
    target_content  jsonb not null,
    changed_by      text not null,
    changed_at      timestamptz not null default now()
);
create index unit_history_unit on unit_history (unit_id, id);

create table termbases (
    id          bigserial primary key,
    name        text not null unique,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    changed_by  text not null,
    changed_at  timestamptz not null default now()
);

create table concepts (
    id                bigserial primary key,
    termbase_id       bigint not null references termbases (id) on delete cascade,
    position          int not null,
    concept_id        text not null,
    definition        text,
    subject_field     text,
    do_not_translate  boolean not null default false
);
create index concepts_termbase on concepts (termbase_id, position);

create table terms (
    id              bigserial primary key,
    concept_id      bigint not null references concepts (id) on delete cascade,
    position        int not null,
    language        text not null,
    text            text not null,
    status          text not null,
    part_of_speech  text,
    note            text,
    case_sensitive  boolean not null default false
);
create index terms_concept on terms (concept_id, position);
create index terms_lower on terms (lower(text) text_pattern_ops);

-- The outbox: one row per change, in commit order (writers take the advisory lock OUTBOX_LOCK before inserting,
-- so a smaller seq is never committed after a larger one is seen). The index feeder and the event stream read it.
create table changes (
    seq          bigserial primary key,
    kind         text not null check (kind in ('unit', 'termbase')),
    op           text not null,
    memory_id    bigint,
    unit_id      bigint,
    termbase_id  bigint,
    at           timestamptz not null default now()
);

-- Concordance (substring search) through trigram indexes when the pg_trgm extension is available (it is in the
-- embedded PostgreSQL and in Debian's postgresql-contrib); without it concordance still works, by scanning.
do $$
begin
    create extension if not exists pg_trgm;
    create index units_source_trgm on units using gin (source_text gin_trgm_ops);
    create index units_target_trgm on units using gin (target_text gin_trgm_ops);
exception when others then
    raise notice 'pg_trgm not available: concordance scans';
end
$$;
