using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// A county of 60,000 members for the search benchmark, written straight into the Members database as the app role
/// (row-level security checks every row): a county committee, 15 townships of 20 branches (300 branches, 200 members
/// each), shares near the county reports' (about a quarter women, a third minorities, two thirds college, a fifth under 35).
/// </summary>
public static class MembersCounty
{
    public const int Townships = 15;
    public const int BranchesPerTownship = 20;
    public const int Members = 60_000;

    /// <summary>Creates the tree and the members; returns the townships' ids.</summary>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(NpgsqlDataSource app, string county)
    {
        var townships = new List<Guid>();
        var branches = new List<Guid>();
        await using var connection = await app.OpenConnectionAsync();
        await using (var tenant = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false)", connection))
        {
            tenant.Parameters.AddWithValue("county", county);
            await tenant.ExecuteNonQueryAsync();
        }

        var top = Guid.NewGuid();
        await AddAsync(connection, county, top, "中共基准县委员会", "CountyCommittee", null, Label(top));
        for (var t = 0; t < Townships; t++)
        {
            var township = Guid.NewGuid();
            townships.Add(township);
            var path = $"{Label(top)}.{Label(township)}";
            await AddAsync(connection, county, township, $"中共基准县第{t + 1}镇委员会", "PrimaryCommittee", top, path);
            for (var b = 0; b < BranchesPerTownship; b++)
            {
                var branch = Guid.NewGuid();
                branches.Add(branch);
                await AddAsync(connection, county, branch, $"第{t + 1}镇第{b + 1}村党支部", "Branch", township, $"{path}.{Label(branch)}");
            }
        }

        await using var members = new NpgsqlCommand(MembersSql, connection);
        members.Parameters.AddWithValue("county", county);
        members.Parameters.AddWithValue("branches", branches.ToArray());
        members.Parameters.AddWithValue("count", Members);
        await members.ExecuteNonQueryAsync();
        return townships;
    }

    private static string Label(Guid id) => id.ToString("N");

    private static async Task AddAsync(NpgsqlConnection connection, string county, Guid id, string name, string type, Guid? parent, string path)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO organization_tree (tenant_id, organization_id, name, type, parent_organization_id, path, status, updated_at)
            VALUES (@county, @id, @name, @type, @parent, @path::ltree, 'Active', now())
            """, connection);
        command.Parameters.AddWithValue("county", county);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("parent", (object?)parent ?? DBNull.Value);
        command.Parameters.AddWithValue("path", path);
        await command.ExecuteNonQueryAsync();
    }

    // Fixed seed, so every run searches the same county; each member's facts come from its own random draws.
    private const string MembersSql = """
        SELECT setseed(0.2026);
        INSERT INTO members (tenant_id, id, name, national_id_ciphertext, national_id_key_id, national_id_hash, national_id_masked,
                             gender, ethnicity, birth_date, education, occupation, employment_status, status,
                             admission_approved_on, probation_start_on, confirmed_on, organization_id, is_leading_cadre, state,
                             registered_at, updated_at)
        SELECT @county, gen_random_uuid(),
               (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + floor(r.a * 20)::int]
                 || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平','刚','桂英','建华','志强','海燕'])[1 + floor(r.b * 25)::int],
               decode(md5(@county || g::text), 'hex'), 'bench', decode(md5(@county || g::text), 'hex'),
               '6103**********' || lpad((g % 10000)::text, 4, '0'),
               CASE WHEN r.c < 0.24 THEN 'Female' ELSE 'Male' END,
               CASE WHEN r.d < 0.34 THEN (ARRAY['回族','满族','蒙古族','藏族'])[1 + floor(r.d * 11.7)::int] ELSE '汉族' END,
               r.born,
               CASE WHEN r.e < 0.66 THEN (ARRAY['Postgraduate','Undergraduate','College'])[1 + floor(r.e * 4.5)::int]
                    WHEN r.e < 0.85 THEN 'HighSchool' ELSE 'JuniorHighOrBelow' END,
               CASE WHEN r.born < date '1966-11-22' THEN 'Retired'
                    ELSE (ARRAY['Worker','FarmerHerderFisher','ProfessionalTechnical','Manager','PartyGovernmentStaff','Other'])[1 + floor(r.f * 6)::int] END,
               CASE WHEN r.born < date '1966-11-22' THEN 'Retired' ELSE 'Active' END,
               CASE WHEN r.f < 0.03 THEN 'Probationary' ELSE 'Full' END,
               r.born + 6600, r.born + 6600, CASE WHEN r.f < 0.03 THEN NULL ELSE r.born + 6966 END,
               (@branches::uuid[])[1 + g % array_length(@branches::uuid[], 1)], r.f > 0.98, 'Current', now(), now()
        FROM generate_series(0, @count - 1) g
        CROSS JOIN LATERAL (SELECT random() AS a, random() AS b, random() AS c, random() AS d, random() AS e, random() AS f,
                                   date '2026-11-22' - (6700 + floor(random() * 21000))::int AS born, g AS n) r;
        """;
}
