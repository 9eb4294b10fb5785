using Cloud.Organizations.Domain.Leadership;
using Cloud.Spreadsheets;

namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// Checks an uploaded list against the county's tree, row by row, with the rules of registering one organization:
/// names unique in the file and among the county's non-dissolved organizations, every 上级组织 found (earlier or later
/// in the file, or existing, inside the user's scope), no cycles, and <see cref="AllowedParentRule"/> for each link.
/// Then lays the organizations out parents first, each registered under its parent's path, and puts the member a row
/// names under 书记ID in post with the rules of assigning one (<see cref="OrganizationLeadership.Assign"/>).
/// </summary>
public static class OrganizationImportPlanner
{
    public static ImportPlan Plan(OrganizationList list, IReadOnlyCollection<Organization> existing, Guid? scope, DateTimeOffset now)
    {
        var errors = new List<ImportRowError>(list.RowErrors);
        var county = new ExistingOrganizations(existing, scope);
        var byName = UniqueNames(list.Rows, county, errors);
        var links = list.Rows.ToDictionary(row => row.Number, row => Link(row, byName, county, errors));
        var (registered, planned) = RegisterParentsFirst(list.Rows, links, now, errors);
        FlagCycles(list.Rows, links, registered, errors);

        var columnOrder = ImportColumns.Known.ToList();
        return new ImportPlan(
            [.. errors.OrderBy(e => e.Row).ThenBy(e => columnOrder.IndexOf(e.Column))],
            errors.Count == 0 ? planned : []);
    }

    /// <summary>Names are unique within the file and against the county's non-dissolved organizations; parents are found by name.</summary>
    private static Dictionary<string, ImportRow> UniqueNames(IReadOnlyList<ImportRow> rows, ExistingOrganizations county, List<ImportRowError> errors)
    {
        var byName = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Name is not null))
        {
            if (!byName.TryAdd(row.Name!, row))
            {
                errors.Add(new(row.Number, ImportColumns.Name, $"组织名称与第{byName[row.Name!].Number}行重复"));
            }
            else if (county.HasActive(row.Name!))
            {
                errors.Add(new(row.Number, ImportColumns.Name, Organization.NameTaken(row.Name!)));
            }
        }

        return byName;
    }

    private static ParentLink Link(ImportRow row, Dictionary<string, ImportRow> byName, ExistingOrganizations county, List<ImportRowError> errors)
    {
        string? error;
        ParentLink link;
        if (row.ParentName is null)
        {
            link = county.DefaultParent(out error);
        }
        else if (byName.TryGetValue(row.ParentName, out var parentRow))
        {
            (link, error) = parentRow.Number == row.Number
                ? (ParentLink.Unresolved, "上级组织不能是本组织自己")
                : (ParentLink.ToRow(parentRow), null);
        }
        else
        {
            link = county.Find(row.ParentName, out error);
        }

        if (error is not null)
        {
            errors.Add(new(row.Number, ImportColumns.Parent, error));
        }

        return link;
    }

    /// <summary>
    /// Registers from the rows whose parent exists (or is unknown) down through the file, so each parent's path is set
    /// before its children's. A row whose own parent could not be registered is not checked against it: the error is the parent's.
    /// </summary>
    private static (Dictionary<int, Organization?> Registered, List<PlannedOrganization> Planned) RegisterParentsFirst(
        IReadOnlyList<ImportRow> rows, Dictionary<int, ParentLink> links, DateTimeOffset now, List<ImportRowError> errors)
    {
        var children = rows.Where(r => links[r.Number].Row is not null).ToLookup(r => links[r.Number].Row!.Number);
        var registered = new Dictionary<int, Organization?>();
        var planned = new List<PlannedOrganization>(rows.Count);
        var queue = new Queue<ImportRow>(rows.Where(r => links[r.Number].Row is null));
        while (queue.TryDequeue(out var row))
        {
            var link = links[row.Number];
            var parent = link.Row is { } parentRow ? registered[parentRow.Number] : link.Existing;
            var parentKnown = link.Row is null ? link.Resolved : parent is not null;
            Organization? organization = null;
            if (row.Type is { } type)
            {
                if (parentKnown && AllowedParentRule.Check(type, parent) is { } violation)
                {
                    errors.Add(new(row.Number, ImportColumns.Parent, violation.Message));
                }

                organization = Organization.Register(row.Name ?? string.Empty, type, parent, now, row.Kind, row.Domain, row.Township, row.Proposed);
                planned.Add(new PlannedOrganization(row, organization, HeadOf(row, organization, now, errors)));
            }

            registered[row.Number] = organization;
            foreach (var child in children[row.Number])
            {
                queue.Enqueue(child);
            }
        }

        return (registered, planned);
    }

    /// <summary>
    /// The row's 书记ID in post from the import day: a party group's as its leader (组长, the only post a group has), any
    /// other organization's as secretary. The list does not say how or when the post was filled, so the post is recorded
    /// as elected and starting on the import day; the positions API corrects both. A post the rules refuse (e.g. a county
    /// committee's) is the row's error.
    /// </summary>
    private static OrganizationLeadership? HeadOf(ImportRow row, Organization organization, DateTimeOffset now, List<ImportRowError> errors)
    {
        if (row.SecretaryId is not { } memberId)
        {
            return null;
        }

        var leadership = new OrganizationLeadership(organization, [], [], openVacancy: null, everHadSecretary: false);
        var role = organization.Type == OrganizationType.PartyGroup ? PositionRole.GroupLeader : PositionRole.Secretary;
        var outcome = leadership.Assign(
            new PositionAssignment(memberId, role, PositionSource.Elected, CountyCalendar.DateOf(now), TermId: null, IsDualRole: false, HeadsHostUnit: false, SendingUnit: null),
            now);
        errors.AddRange(outcome.Violations.Select(v => new ImportRowError(row.Number, ImportColumns.SecretaryId, v.Message)));
        if (outcome.Conflict is { } conflict)
        {
            errors.Add(new ImportRowError(row.Number, ImportColumns.SecretaryId, conflict));
        }

        return outcome.Succeeded ? leadership : null;
    }

    /// <summary>Rows never reached from an existing parent hang on a loop of 上级组织 within the file; each row of the loop is named.</summary>
    private static void FlagCycles(IReadOnlyList<ImportRow> rows, Dictionary<int, ParentLink> links, Dictionary<int, Organization?> registered, List<ImportRowError> errors)
    {
        var seen = new HashSet<int>();
        foreach (var start in rows.Where(r => !registered.ContainsKey(r.Number)))
        {
            var path = new List<ImportRow>();
            var position = new Dictionary<int, int>();
            var current = start;
            while (current is not null && !seen.Contains(current.Number) && !position.ContainsKey(current.Number))
            {
                position[current.Number] = path.Count;
                path.Add(current);
                current = links[current.Number].Row;
            }

            if (current is not null && position.TryGetValue(current.Number, out var loopStart))
            {
                var loop = path.Skip(loopStart).ToList();
                var description = string.Join(" → ", loop.Append(loop[0]).Select(r => r.Name));
                errors.AddRange(loop.Select(r => new ImportRowError(r.Number, ImportColumns.Parent, $"上级组织关系形成了循环：{description}")));
            }

            seen.UnionWith(path.Select(r => r.Number));
        }
    }
}
