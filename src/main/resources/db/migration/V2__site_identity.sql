-- Plans are keyed by the site's stable identity (the UUID in the site folder's site.id), no longer
-- by the folder's name: two sites in folders both called "site" shared one plan list. The name stays
-- as what planners see. Rows saved before this migration get the key 'folder:' || name, which no
-- real identity can take (a UUID has no ':'): the first site of that folder name to list its plans
-- adopts them (JdbcPlanStore.list), once. Portable SQL: it must run unchanged on H2 and PostgreSQL.

ALTER TABLE plan RENAME COLUMN site TO site_name;
ALTER TABLE plan ADD COLUMN site_id VARCHAR(1010);
UPDATE plan SET site_id = 'folder:' || site_name;
ALTER TABLE plan ALTER COLUMN site_id SET NOT NULL;

ALTER TABLE plan DROP CONSTRAINT plan_one_published;
ALTER TABLE plan ADD CONSTRAINT plan_one_published UNIQUE (site_id, horizon_from, horizon_weeks, published);

DROP INDEX plan_by_site;
CREATE INDEX plan_by_site ON plan (site_id, updated_at);
