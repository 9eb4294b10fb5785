using System.Globalization;

namespace Cloud.Portal.Api.Members;

/// <summary>What the member search page asks for; null means "any". Its query string is the search API's (enum names).</summary>
public sealed record MemberSearchFilter
{
    public string? State { get; init; }

    public string? Status { get; init; }

    public string? Gender { get; init; }

    public string? EthnicityGroup { get; init; }

    public string? EducationBand { get; init; }

    public string? AgeBand { get; init; }

    public string? Occupation { get; init; }

    public string? EmploymentStatus { get; init; }

    public bool? Mobile { get; init; }

    /// <summary>The beginning of a name (王, 王秀), as typed.</summary>
    public string? Name { get; init; }

    public Guid? OrganizationId { get; init; }

    public string? OrganizationName { get; init; }

    /// <summary>The query string (without <c>?</c>) of a search or counts call, plus any extra pairs (limit, after).</summary>
    public string Query(params (string Name, string? Value)[] extra)
    {
        (string Name, string? Value)[] pairs =
        [
            ("state", State), ("status", Status), ("gender", Gender), ("ethnicityGroup", EthnicityGroup), ("educationBand", EducationBand),
            ("ageBand", AgeBand), ("occupation", Occupation), ("employmentStatus", EmploymentStatus),
            ("name", Name?.Trim()), ("mobile", Mobile is { } m ? (m ? "true" : "false") : null), ("organizationId", OrganizationId?.ToString("D", CultureInfo.InvariantCulture)),
            .. extra,
        ];
        return string.Join('&', pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
    }

    /// <summary>How many filters are set (shown on the folded filter panel on a phone; the name box stays in sight).</summary>
    public int Count =>
        new object?[] { State, Status, Gender, EthnicityGroup, EducationBand, AgeBand, Occupation, EmploymentStatus, Mobile, OrganizationId }.Count(v => v is not null);
}
