namespace Cloud.Organizations.Data.Sql;

/// <summary>
/// Foreign keys of the leadership tables, composite with the county like every key. Written by hand because in the EF
/// model a foreign key over the shadow tenant key would stop EF from filling the county on insert. EF then does not
/// know a post's term must be inserted first, so that key is checked at commit.
/// </summary>
public static class LeadershipSql
{
    public const string Up = """
        ALTER TABLE terms ADD CONSTRAINT fk_terms_organizations
            FOREIGN KEY (tenant_id, organization_id) REFERENCES organizations (tenant_id, id);
        ALTER TABLE committee_positions ADD CONSTRAINT fk_committee_positions_organizations
            FOREIGN KEY (tenant_id, organization_id) REFERENCES organizations (tenant_id, id);
        ALTER TABLE committee_positions ADD CONSTRAINT fk_committee_positions_terms
            FOREIGN KEY (tenant_id, term_id) REFERENCES terms (tenant_id, id) DEFERRABLE INITIALLY DEFERRED;
        ALTER TABLE secretary_vacancies ADD CONSTRAINT fk_secretary_vacancies_organizations
            FOREIGN KEY (tenant_id, organization_id) REFERENCES organizations (tenant_id, id);
        """;

    public const string Down = """
        ALTER TABLE secretary_vacancies DROP CONSTRAINT IF EXISTS fk_secretary_vacancies_organizations;
        ALTER TABLE committee_positions DROP CONSTRAINT IF EXISTS fk_committee_positions_terms;
        ALTER TABLE committee_positions DROP CONSTRAINT IF EXISTS fk_committee_positions_organizations;
        ALTER TABLE terms DROP CONSTRAINT IF EXISTS fk_terms_organizations;
        """;
}
