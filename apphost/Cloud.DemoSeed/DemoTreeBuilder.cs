namespace Cloud.DemoSeed;

/// <summary>
/// Generates <see cref="DemoTree.Organizations"/> from the name lists of <see cref="DemoTownships"/> and
/// <see cref="DemoInstitutions"/>, naming each organization as a county does (中共陈仓区千河镇东坡村支部委员会) and dating
/// its election by its kind: villages, communities and townships in 2026 (five-year terms), the rest between 2023 and
/// 2026 (three years).
/// </summary>
public static class DemoTreeBuilder
{
    private const string Prefix = DemoCounty.PartyPrefix;

    public static IReadOnlyList<DemoOrganization> Build()
    {
        var tree = new List<DemoOrganization>();
        foreach (var township in DemoTownships.All)
        {
            AddTownship(tree, township);
        }

        AddOrgans(tree);
        AddPrivateSector(tree);
        AddGeneral(tree, null, "中共陈仓区城市建设投资集团有限公司", "StateOwnedEnterprise", null, new(2025, 1, 15),
            new DemoUnit("陈仓区城市建设投资集团有限公司", "StateOwnedEnterprise", null, 230), ["机关", "工程建设", "运营管理"]);
        return tree;
    }

    private static void AddTownship(List<DemoOrganization> tree, DemoTownship town)
    {
        var committee = town.CommitteeName;
        var place = $"{Prefix}{town.Name}";
        tree.Add(new(committee, "PrimaryCommittee", null, Domain: "Township", Township: town.Name, ElectedOn: town.CommitteeElectedOn, Committee: true));
        var electionMonth = town.IsSubDistrict ? 5 : 4;
        for (var i = 0; i < town.Places.Count; i++)
        {
            var name = $"{place}{town.Places[i]}支部委员会";
            var electedOn = name switch
            {
                DemoTree.CaseBranch => new DateOnly(2021, 3, 20),
                DemoTree.VacantBranch => new DateOnly(2021, 3, 22),
                _ => new DateOnly(2026, electionMonth, 1 + (i * 2 % 28)),
            };
            tree.Add(new(name, "Branch", committee, "Standard", town.PlaceDomain, town.Name, electedOn, !DemoTree.WithoutCommittee.Contains(name),
                Unit: new(town.Places[i], town.PlaceDomain, town.Name, 0)));
            if (name == DemoTree.CaseBranch)
            {
                tree.Add(new("第一党小组", "PartyGroup", name, Township: town.Name));
                tree.Add(new("第二党小组", "PartyGroup", name, Township: town.Name));
            }
        }

        foreach (var (large, i) in town.LargePlaces.Select((p, i) => (p, i)))
        {
            AddGeneral(tree, committee, $"{place}{large.Place}", town.PlaceDomain, town.Name, new(2026, electionMonth, 8 + (i * 3)),
                new DemoUnit(large.Place, town.PlaceDomain, town.Name, 0), large.Branches);
        }

        foreach (var unit in town.SeatUnits)
        {
            tree.Add(SeatBranch(town, committee, unit));
        }

        if (town.Name == DemoTownships.Yangping)
        {
            tree.Add(new($"{place}果业专业合作社支部委员会", "Branch", committee, "Standard", "Cooperative", town.Name, new(2023, 11, 8), false,
                Unit: new("阳平镇果业专业合作社", "Cooperative", town.Name, 27)));
            tree.Add(new($"{place}宝鸡至坪坎高速公路项目临时支部委员会", "Branch", committee, "Temporary", "Other", town.Name, new(2025, 8, 1), false,
                EstablishedOn: new(2025, 7, 15), TemporaryTaskEndsOn: new(2027, 6, 30)));
        }
    }

    /// <summary>The branches of a township's seat: its government, central school, health centre, floating and private-firm members.</summary>
    private static DemoOrganization SeatBranch(DemoTownship town, string committee, string unit)
    {
        var name = $"{Prefix}{town.Name}{unit}支部委员会";
        var committeeElected = !DemoTree.WithoutCommittee.Contains(name);
        return unit switch
        {
            "机关" => new(name, "Branch", committee, "Standard", "GovernmentOrgan", town.Name, new(2024, 5, 10), true,
                Unit: new($"{town.Name}人民{(town.IsSubDistrict ? "办事处" : "政府")}", "GovernmentOrgan", town.Name, 46)),
            "中心小学" => new(name, "Branch", committee, "Standard", "School", town.Name, new(2025, 3, 18), true,
                Unit: new($"{town.Name}中心小学", "School", town.Name, 52)),
            "卫生院" or "社区卫生服务中心" => new(name, "Branch", committee, "Standard", "PublicInstitution", town.Name, new(2024, 11, 6), true,
                Unit: new($"{town.Name}{unit}", "PublicInstitution", town.Name, 38)),
            "流动党员" => new(name, "Branch", committee, "MobileMembers", "Community", town.Name, new(2024, 3, 1), committeeElected, EstablishedOn: new(2023, 12, 15)),
            _ => new(name, "Branch", committee, "Joint", "PrivateEnterprise", town.Name, new(2025, 4, 18), committeeElected, EstablishedOn: new(2025, 3, 28)),
        };
    }

    private static void AddOrgans(List<DemoOrganization> tree)
    {
        tree.Add(new(DemoTree.OrgansCommittee, "PrimaryCommittee", null, Domain: "GovernmentOrgan", ElectedOn: new(2023, 5, 16), Committee: true));
        foreach (var ((organ, employees), i) in DemoInstitutions.Organs.Select((o, i) => (o, i)))
        {
            // The organization department's own branch let its three years run out; the others elected 2024–2026.
            var electedOn = organ == "委组织部" ? new DateOnly(2023, 6, 20) : new DateOnly(2024 + (i % 3), 1 + (i * 5 % 9), 1 + (i * 7 % 28));
            tree.Add(new($"{Prefix}{organ}机关支部委员会", "Branch", DemoTree.OrgansCommittee, "Standard", "GovernmentOrgan", null, electedOn, true,
                Unit: new($"{DemoCounty.DisplayName}{organ}", "GovernmentOrgan", null, employees)));
        }

        foreach (var ((name, domain, employees, branches), i) in DemoInstitutions.LargeInstitutions.Select((o, i) => (o, i)))
        {
            AddGeneral(tree, DemoTree.OrgansCommittee, $"{Prefix}{name}", domain, null, new(2024, 12, 3 + i),
                new DemoUnit($"{DemoCounty.DisplayName}{name}", domain, null, employees), branches);
        }

        foreach (var ((school, employees), i) in DemoInstitutions.Schools.Select((o, i) => (o, i)))
        {
            tree.Add(new($"{Prefix}{school}支部委员会", "Branch", DemoTree.OrgansCommittee, "Standard", "School", null, new(2025, 9, 10 + i), true,
                Unit: new($"{DemoCounty.DisplayName}{school}", "School", null, employees)));
        }

        foreach (var number in new[] { "第一", "第二" })
        {
            tree.Add(new($"{Prefix}区直机关离退休干部{number}支部委员会", "Branch", DemoTree.OrgansCommittee, "Standard", "GovernmentOrgan", null,
                new(2024, 10, 16), true));
        }
    }

    private static void AddPrivateSector(List<DemoOrganization> tree)
    {
        const string Parent = DemoTree.PrivateSectorCommittee;
        tree.Add(new(Parent, "PrimaryCommittee", null, Domain: "PrivateEnterprise", ElectedOn: new(2024, 7, 1), Committee: true));
        AddGeneral(tree, Parent, $"{Prefix}千渭工业园区", "Park", DemoTownships.Yangping, new(2025, 6, 20),
            new DemoUnit("陈仓区千渭工业园区管理委员会", "GovernmentOrgan", DemoTownships.Yangping, 35), ["第一", "第二", "第三"]);
        AddGeneral(tree, Parent, "中共宝鸡千河食品有限公司", "PrivateEnterprise", DemoTownships.Qianhe, new(2025, 5, 12),
            new DemoUnit("宝鸡千河食品有限公司", "PrivateEnterprise", DemoTownships.Qianhe, 385), ["生产车间", "经营管理"]);
        foreach (var ((firm, employees), i) in DemoInstitutions.Firms.Select((f, i) => (f, i)))
        {
            tree.Add(new($"中共{firm}支部委员会", "Branch", Parent, "Standard", "PrivateEnterprise", null, new(2024 + (i % 2), 3 + i, 15), true,
                Unit: new(firm, "PrivateEnterprise", null, employees)));
        }

        foreach (var (association, employees) in DemoInstitutions.SocialOrganizations)
        {
            tree.Add(new($"中共{association}支部委员会", "Branch", Parent, "Standard", "SocialOrganization", null, new(2025, 11, 20), true,
                Unit: new(association, "SocialOrganization", null, employees)));
        }

        tree.Add(new($"{Prefix}商贸城非公企业联合支部委员会", "Branch", Parent, "Joint", "PrivateEnterprise", DemoTownships.Guozhen, new(2025, 10, 9), true,
            EstablishedOn: new(2025, 9, 1)));
    }

    /// <summary>A general branch (…总支部委员会) hosted at <paramref name="unit"/>, with its branches (…第一支部委员会) elected with it.</summary>
    private static void AddGeneral(
        List<DemoOrganization> tree, string? parent, string stem, string domain, string? township, DateOnly electedOn, DemoUnit unit, IReadOnlyList<string> branches)
    {
        var general = $"{stem}总支部委员会";
        tree.Add(new(general, "GeneralBranch", parent, Domain: domain, Township: township, ElectedOn: electedOn, Committee: true, Unit: unit));
        foreach (var branch in branches)
        {
            var kind = branch.EndsWith('楼') ? "Building" : branch.Contains("网格", StringComparison.Ordinal) ? "Grid" : "Standard";
            var established = kind switch { "Building" => new DateOnly(2022, 7, 1), "Grid" => new DateOnly(2026, 4, 20), _ => (DateOnly?)null };
            var name = $"{stem}{branch}支部委员会";
            tree.Add(new(name, "Branch", general, kind, domain, township, electedOn, !DemoTree.WithoutCommittee.Contains(name), established));
        }
    }
}
