-- A term's derived forms and variants (core Term.variants: "russisch" for "Russland", the prefix "EU-"), kept so
-- that a termbase round trip (TBX in, TBX out) keeps them and the clients' term matching knows them.
alter table terms add column variants text[] not null default '{}';
