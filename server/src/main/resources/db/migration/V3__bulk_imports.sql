-- Bulk imports (decision 0022): a TMX upload is copied into a staging table and written with a few set-based
-- statements. Each import is one row here (who, when, which file, what it did), its units carry its id, and the
-- outbox gets one change for the whole import (kind 'import') instead of one per unit: the index feeder reads the
-- import's units by import_id, and clients get one summarising event.
create table imports (
    id           bigserial primary key,
    memory_id    bigint not null references memories (id) on delete cascade,
    document     text not null,
    imported_by  text not null,
    imported_at  timestamptz not null default now(),
    added        int not null,
    updated      int not null,
    unchanged    int not null
);

-- the import that last wrote a unit (null: written one by one)
alter table units add column import_id bigint;
create index units_import on units (import_id, id) where import_id is not null;

alter table changes add column import_id bigint;
alter table changes drop constraint changes_kind_check;
alter table changes add constraint changes_kind_check check (kind in ('unit', 'termbase', 'import'));
