namespace Cloud.Organizations.Domain.Settings;

/// <summary>A county's own values for the rules that vary by county; one row per county, the defaults while it has none.</summary>
public sealed class CountySettings
{
    private CountySettings()
    {
    }

    /// <summary>Term of village, community and township organizations (O9, O11, O12).</summary>
    public int VillageCommunityTownshipTermYears { get; private set; }

    /// <summary>Term of grassroots committees outside villages, communities and townships, e.g. organ committees (O10).</summary>
    public int CommitteeTermYears { get; private set; }

    /// <summary>Term of general branches and branches elsewhere (O9, O10).</summary>
    public int OtherTermYears { get; private set; }

    /// <summary>How long before its planned end a term counts as due for re-election.</summary>
    public int TermDueSoonMonths { get; private set; }

    /// <summary>How far an election may be put off or brought forward (O14).</summary>
    public int MaxTermAdjustmentMonths { get; private set; }

    /// <summary>How long a secretary post may stay vacant before it is flagged.</summary>
    public int SecretaryVacancyAdvisoryDays { get; private set; }

    /// <summary>How many more candidates than seats, in percent (O17); fewer is a warning.</summary>
    public int CandidateSurplusPercent { get; private set; }

    /// <summary>Below this many full members a unit's members belong in a joint branch (O1, O3).</summary>
    public int JointBranchBelowFullMembers { get; private set; }

    /// <summary>Above this many members a branch should become a general branch (O2, O5).</summary>
    public int GeneralBranchAboveMembers { get; private set; }

    /// <summary>From this many full members a branch needs a committee (O8).</summary>
    public int CommitteeRequiredFullMembers { get; private set; }

    /// <summary>From this many members a village organization may become a committee (O6).</summary>
    public int VillageCommitteeMembers { get; private set; }

    /// <summary>When the county last changed its settings; null for the defaults.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    public bool IsDefault => UpdatedAt is null;

    public static CountySettings Defaults() => From(CountySettingsValues.Defaults, updatedAt: null);

    public static CountySettings Create(CountySettingsValues values, DateTimeOffset now) => From(values, now);

    public void Change(CountySettingsValues values, DateTimeOffset now)
    {
        VillageCommunityTownshipTermYears = values.VillageCommunityTownshipTermYears;
        CommitteeTermYears = values.CommitteeTermYears;
        OtherTermYears = values.OtherTermYears;
        TermDueSoonMonths = values.TermDueSoonMonths;
        MaxTermAdjustmentMonths = values.MaxTermAdjustmentMonths;
        SecretaryVacancyAdvisoryDays = values.SecretaryVacancyAdvisoryDays;
        CandidateSurplusPercent = values.CandidateSurplusPercent;
        JointBranchBelowFullMembers = values.JointBranchBelowFullMembers;
        GeneralBranchAboveMembers = values.GeneralBranchAboveMembers;
        CommitteeRequiredFullMembers = values.CommitteeRequiredFullMembers;
        VillageCommitteeMembers = values.VillageCommitteeMembers;
        UpdatedAt = now;
    }

    private static CountySettings From(CountySettingsValues values, DateTimeOffset? updatedAt)
    {
        var settings = new CountySettings();
        settings.Change(values, default);
        settings.UpdatedAt = updatedAt;
        return settings;
    }
}
