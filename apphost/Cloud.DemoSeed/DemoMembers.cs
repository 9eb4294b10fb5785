namespace Cloud.DemoSeed;

/// <summary>
/// The demo county's members, made up with a fixed seed to the structure of seed 004 (党员3163人: 在职2462, 离退休701;
/// 妇女757 = 23.9 %, 少数民族1079 = 34.1 %, 大专以上2097 = 66.3 %, 35岁以下623 = 19.7 %): those counts exactly, spread over
/// the branches of <see cref="DemoTree"/> by their size. College education leans to organs, institutions and the young;
/// occupations follow the branch's domain; every admission comes at 18 or later and confirmation a year after it.
/// </summary>
public static class DemoMembers
{
    public const int Total = 3163;
    public const int Retired = 701;
    public const int Women = 757;
    public const int Minorities = 1079;
    public const int CollegeOrAbove = 2097;
    public const int UnderThirtyFive = 623;
    private const int Seed = 20261122;

    private static readonly string[] MinorityGroups = ["回族", "回族", "回族", "回族", "回族", "蒙古族", "蒙古族", "满族", "藏族", "土家族", "壮族", "苗族"];

    /// <summary>The same members for the same <paramref name="today"/> on every call (ages and dates count back from it).</summary>
    public static IReadOnlyList<DemoMember> Generate(DateOnly today)
    {
        var random = new Random(Seed);
        var branches = Spread(random);
        var women = Flags(random, Women);
        var minorities = Flags(random, Minorities);
        var cohorts = Cohorts(random, branches);
        var college = College(random, branches, cohorts);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<DemoMember>(Total);
        for (var i = 0; i < Total; i++)
        {
            var branch = branches[i];
            var female = women[i];
            var born = BirthDate(random, cohorts[i], today);
            var nationalId = UniqueId(random, born, female, usedIds);
            var retired = cohorts[i] == Cohort.Retired;
            var (admitted, confirmed) = Dates(random, born, today, probationary: cohorts[i] != Cohort.Retired && random.NextDouble() < (cohorts[i] == Cohort.Young ? 0.12 : 0.01));
            members.Add(new DemoMember(
                DemoNames.Next(random, female), nationalId, female ? "Female" : "Male",
                minorities[i] ? MinorityGroups[random.Next(MinorityGroups.Length)] : "汉族", born,
                Education(random, college[i], retired), retired ? "Retired" : Occupation(random, branch, cohorts[i]), retired ? "Retired" : "Active",
                confirmed is null ? "Probationary" : "Full", admitted, confirmed, branch.Name,
                !retired && branch.Domain == "GovernmentOrgan" && random.NextDouble() < 0.1));
        }

        return members;
    }

    private enum Cohort
    {
        Young,
        Middle,
        Retired,
    }

    /// <summary>
    /// Each member's branch: the <see cref="DemoTree.LargeBranches"/> as listed, the others about 20 by their kind (villages
    /// and hospitals more, joint and temporary branches fewer), with some spread so no two look alike.
    /// </summary>
    private static List<DemoOrganization> Spread(Random random)
    {
        var branches = DemoTree.Organizations.Where(o => o.Type == "Branch").ToList();
        var weights = branches.Select(b => DemoTree.LargeBranches.ContainsKey(b.Name) ? 0 : Weight(b) * (0.75 + (random.NextDouble() * 0.5))).ToList();
        var rest = Total - DemoTree.LargeBranches.Values.Sum();
        var exact = weights.Select(w => w * rest / weights.Sum()).ToList();
        var counts = branches.Select((b, i) => DemoTree.LargeBranches.TryGetValue(b.Name, out var fixedCount) ? fixedCount : (int)Math.Floor(exact[i])).ToList();
        foreach (var i in Enumerable.Range(0, branches.Count).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).Take(Total - counts.Sum()))
        {
            counts[i]++;
        }

        var spread = branches.SelectMany((b, i) => Enumerable.Repeat(b, counts[i])).ToArray();
        random.Shuffle(spread);
        return [.. spread];
    }

    private static double Weight(DemoOrganization branch) => (branch.Kind, branch.Domain) switch
    {
        ("Grid", _) => 7,
        ("Temporary" or "Joint", _) => 10,
        ("Building", _) => 12,
        (_, "Village") => 24,
        (_, "PublicInstitution") => 22,
        (_, "Community" or "School" or "StateOwnedEnterprise") => 19,
        (_, "GovernmentOrgan") => DemoTree.IsForRetired(branch) ? 30 : 16,
        (_, "SocialOrganization" or "Cooperative") => 9,
        _ => 14,
    };

    /// <summary>Exactly <paramref name="count"/> of <see cref="Total"/> set, in shuffled places.</summary>
    private static bool[] Flags(Random random, int count)
    {
        var flags = Enumerable.Range(0, Total).Select(i => i < count).ToArray();
        random.Shuffle(flags);
        return flags;
    }

    /// <summary>Retired cadres' branches hold retired members only; the other retired, young and middle-aged are shuffled.</summary>
    private static Cohort[] Cohorts(Random random, List<DemoOrganization> branches)
    {
        var inRetiredBranches = Enumerable.Range(0, Total).Where(i => DemoTree.IsForRetired(branches[i])).ToList();
        var others = Enumerable.Range(0, Total)
            .Select(i => i < UnderThirtyFive ? Cohort.Young : i < Total - Retired ? Cohort.Middle : Cohort.Retired)
            .Take(Total - inRetiredBranches.Count).ToArray();
        random.Shuffle(others);
        var cohorts = new Cohort[Total];
        var next = 0;
        for (var i = 0; i < Total; i++)
        {
            cohorts[i] = DemoTree.IsForRetired(branches[i]) ? Cohort.Retired : others[next++];
        }

        return cohorts;
    }

    /// <summary>The <see cref="CollegeOrAbove"/> members most likely to have studied: organs and institutions, the young, then chance.</summary>
    private static bool[] College(Random random, List<DemoOrganization> branches, Cohort[] cohorts)
    {
        var propensity = Enumerable.Range(0, Total).Select(i =>
            (branches[i].Domain switch
            {
                "GovernmentOrgan" or "PublicInstitution" or "School" => 2.0,
                "Community" or "PrivateEnterprise" or "StateOwnedEnterprise" or "SocialOrganization" or "Park" or "Other" => 1.0,
                _ => 0.0,
            })
            + cohorts[i] switch { Cohort.Young => 1.5, Cohort.Middle => 0.7, _ => 0.0 }
            + random.NextDouble() * 2.0).ToList();
        var chosen = Enumerable.Range(0, Total).OrderByDescending(i => propensity[i]).Take(CollegeOrAbove).ToHashSet();
        return [.. Enumerable.Range(0, Total).Select(chosen.Contains)];
    }

    private static DateOnly BirthDate(Random random, Cohort cohort, DateOnly today)
    {
        var age = cohort switch
        {
            Cohort.Young => random.Next(20, 35),
            Cohort.Middle => random.Next(35, 60),
            _ => random.Next(60, 89),
        };
        return today.AddYears(-age).AddDays(-random.Next(0, 364));
    }

    private static string UniqueId(Random random, DateOnly born, bool female, HashSet<string> used)
    {
        string id;
        do
        {
            id = DemoNationalIds.Of(DemoCounty.Code, born, random.Next(0, 500) * 2 + (female ? 0 : 1));
        }
        while (!used.Add(id));

        return id;
    }

    /// <summary>Admitted at 18 or later; a full member confirmed a year (and some days) after, a probationary one admitted this year.</summary>
    private static (DateOnly Admitted, DateOnly? Confirmed) Dates(Random random, DateOnly born, DateOnly today, bool probationary)
    {
        var earliest = born.AddYears(18);
        var latestFull = today.AddDays(-400);
        if (probationary || earliest > latestFull)
        {
            var from = earliest > today.AddDays(-330) ? earliest : today.AddDays(-330);
            return (from.AddDays(random.Next(0, Math.Max(1, today.AddDays(-10).DayNumber - from.DayNumber))), null);
        }

        var span = Math.Min(latestFull.DayNumber - earliest.DayNumber, 365 * 30);
        var admitted = earliest.AddDays((int)(span * Math.Pow(random.NextDouble(), 1.5)));
        return (admitted, admitted.AddYears(1).AddDays(random.Next(0, 30)));
    }

    private static string Education(Random random, bool college, bool retired)
    {
        var roll = random.NextDouble();
        return college
            ? roll < 0.08 ? "Postgraduate" : roll < 0.6 ? "Undergraduate" : "College"
            : roll < (retired ? 0.4 : 0.65) ? (roll < 0.25 ? "SecondaryVocational" : "HighSchool") : "JuniorHighOrBelow";
    }

    private static string Occupation(Random random, DemoOrganization branch, Cohort cohort)
    {
        var roll = random.NextDouble();
        if (cohort == Cohort.Young && roll < 0.03)
        {
            return "Student";
        }

        return (branch.Kind, branch.Domain) switch
        {
            ("MobileMembers", _) => roll < 0.6 ? "Worker" : "Other",
            (_, "Village" or "Cooperative") => roll < 0.85 ? "FarmerHerderFisher" : roll < 0.95 ? "Other" : "Worker",
            (_, "Community") => roll < 0.4 ? "Worker" : roll < 0.7 ? "Other" : roll < 0.85 ? "Manager" : "ProfessionalTechnical",
            (_, "GovernmentOrgan") => roll < 0.9 ? "PartyGovernmentStaff" : "ProfessionalTechnical",
            (_, "PublicInstitution" or "School") => roll < 0.85 ? "ProfessionalTechnical" : "Manager",
            (_, "PrivateEnterprise" or "StateOwnedEnterprise" or "Park") => roll < 0.6 ? "Worker" : roll < 0.8 ? "Manager" : "ProfessionalTechnical",
            _ => roll < 0.6 ? "Worker" : "ProfessionalTechnical",
        };
    }
}
