using Cloud.Persistence.Migrations;

namespace Cloud.Organizations.Data.Sql;

/// <summary>
/// The effective-dated history of the tree, kept by the database: a trigger on organizations writes organization_versions
/// for every writer (API, import, consumers), so no code path can change the tree without leaving history. Also the
/// name search index and the cross-county lookup of the temporary-branch sweep. Runs as the owner role in the migration.
/// </summary>
public static class HistorySql
{
    // The county's calendar day (China Standard Time, no daylight saving), as CountyCalendar computes it.
    private const string CountyToday = "(now() AT TIME ZONE INTERVAL '+08:00')::date";

    private const string Tracked = "name, type, kind, domain, township, status, parent_organization_id, path";

    public static readonly string Up = $$"""
        -- Rows written without the column (raw SQL, older writers) take effect today.
        ALTER TABLE organizations ALTER COLUMN effective_from SET DEFAULT {{CountyToday}};

        -- Existing organizations took effect when they were registered, and get their first version. The owner is bound by the
        -- forced tenant policy, so it is lifted for the backfill only; --migrate forces it again afterwards in any case.
        ALTER TABLE organizations NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE organization_versions NO FORCE ROW LEVEL SECURITY;
        UPDATE organizations SET effective_from = (registered_at AT TIME ZONE INTERVAL '+08:00')::date;
        INSERT INTO organization_versions (tenant_id, organization_id, valid_from, valid_to, {{Tracked}})
        SELECT tenant_id, id, effective_from, NULL, {{Tracked}} FROM organizations
        ON CONFLICT DO NOTHING;
        ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
        ALTER TABLE organization_versions FORCE ROW LEVEL SECURITY;

        -- Runs as the writing role under its row-level security: the county comes from NEW.tenant_id and app.tenant_id.
        CREATE OR REPLACE FUNCTION organizations_record_version() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            open_from date;
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF (NEW.name, NEW.type, NEW.kind, NEW.domain, NEW.township, NEW.status, NEW.parent_organization_id, NEW.path)
                   IS NOT DISTINCT FROM (OLD.name, OLD.type, OLD.kind, OLD.domain, OLD.township, OLD.status, OLD.parent_organization_id, OLD.path) THEN
                    RETURN NULL;
                END IF;

                SELECT v.valid_from INTO open_from FROM organization_versions v
                WHERE v.tenant_id = NEW.tenant_id AND v.organization_id = NEW.id AND v.valid_to IS NULL
                FOR UPDATE;

                IF open_from > NEW.effective_from THEN
                    RAISE EXCEPTION 'organization % cannot change effective %: its current state took effect on %', NEW.id, NEW.effective_from, open_from
                        USING ERRCODE = 'check_violation';
                ELSIF open_from = NEW.effective_from THEN
                    -- A second change on the same day corrects that day's version instead of leaving a zero-length one.
                    UPDATE organization_versions v
                    SET name = NEW.name, type = NEW.type, kind = NEW.kind, domain = NEW.domain, township = NEW.township,
                        status = NEW.status, parent_organization_id = NEW.parent_organization_id, path = NEW.path
                    WHERE v.tenant_id = NEW.tenant_id AND v.organization_id = NEW.id AND v.valid_from = open_from;
                    RETURN NULL;
                ELSIF open_from IS NOT NULL THEN
                    UPDATE organization_versions v SET valid_to = NEW.effective_from
                    WHERE v.tenant_id = NEW.tenant_id AND v.organization_id = NEW.id AND v.valid_from = open_from;
                END IF;
            END IF;

            INSERT INTO organization_versions (tenant_id, organization_id, valid_from, valid_to, {{Tracked}})
            VALUES (NEW.tenant_id, NEW.id, NEW.effective_from, NULL,
                    NEW.name, NEW.type, NEW.kind, NEW.domain, NEW.township, NEW.status, NEW.parent_organization_id, NEW.path);
            RETURN NULL;
        END
        $fn$;

        DROP TRIGGER IF EXISTS organizations_history ON organizations;
        CREATE TRIGGER organizations_history AFTER INSERT OR UPDATE ON organizations
            FOR EACH ROW EXECUTE FUNCTION organizations_record_version();

        -- Substring search by name (LIKE '%…%'). btree_gin puts the county into the same GIN index, so a search reads
        -- one county's trigram postings instead of every county's. Both extensions are trusted: the owner creates them.
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE EXTENSION IF NOT EXISTS btree_gin;
        CREATE INDEX IF NOT EXISTS ix_organizations_name_trgm ON organizations USING gin (tenant_id, name gin_trgm_ops);

        -- The temporary-branch sweep must learn which counties have expired branches before it can act for any one of
        -- them, and every role is bound by the tenant policy. This function (owned by the owner role, SECURITY DEFINER)
        -- turns on a read-only policy for the owner for its own duration and returns county codes only.
        DO $do$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'organizations' AND policyname = 'temporary_branch_sweep') THEN
                EXECUTE format('CREATE POLICY temporary_branch_sweep ON organizations FOR SELECT TO %I USING (current_setting(''app.temporary_branch_sweep'', true) = ''on'')', current_user);
            END IF;
        END
        $do$;

        CREATE OR REPLACE FUNCTION expired_temporary_branch_counties(as_of date) RETURNS SETOF text
        LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $fn$
        DECLARE
            previous text := coalesce(current_setting('app.temporary_branch_sweep', true), '');
        BEGIN
            PERFORM set_config('app.temporary_branch_sweep', 'on', true);
            RETURN QUERY
                SELECT DISTINCT o.tenant_id FROM organizations o
                WHERE o.kind = 'Temporary' AND o.status <> 'Dissolved' AND o.temporary_task_ends_on <= as_of
                ORDER BY 1;
            PERFORM set_config('app.temporary_branch_sweep', previous, true);
        END
        $fn$;
        REVOKE ALL ON FUNCTION expired_temporary_branch_counties(date) FROM PUBLIC;
        {{AppRoleSql.Execute("GRANT EXECUTE ON FUNCTION expired_temporary_branch_counties(date) TO %2$I")}}
        """;

    public const string Down = """
        DROP FUNCTION IF EXISTS expired_temporary_branch_counties(date);
        DROP POLICY IF EXISTS temporary_branch_sweep ON organizations;
        DROP INDEX IF EXISTS ix_organizations_name_trgm;
        DROP TRIGGER IF EXISTS organizations_history ON organizations;
        DROP FUNCTION IF EXISTS organizations_record_version();
        """;
}
