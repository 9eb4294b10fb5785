using System.Globalization;
using Cloud.Organizations.Access;
using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>
/// GET /search: organizations by name (substring), type, domain, township and status, a page at a time in (name, id)
/// order with a keyset cursor, so a page costs the same deep in the list as at its start. <c>parentFor=Branch</c> keeps
/// the non-dissolved organizations a branch may be registered or moved under (<see cref="AllowedParentRule"/>): a parent
/// picker's choices, so a township's committee is not lost among its twenty branches of similar names.
/// </summary>
public static class OrganizationSearch
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        string? name, string? type, string? domain, string? township, string? status, string? parentFor, string? limit, string? after,
        [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (name is { Length: > Organization.MaxNameLength })
        {
            validation.Add("name", $"组织名称不能超过{Organization.MaxNameLength}个字符");
        }

        if (township is { Length: > Organization.MaxTownshipLength })
        {
            validation.Add("township", $"所属乡镇不能超过{Organization.MaxTownshipLength}个字符");
        }

        var parsedType = Parse<OrganizationType>(type, "type", "组织类型", validation);
        var parsedDomain = Parse<OrganizationDomain>(domain, "domain", "组织领域", validation);
        var parsedStatus = Parse<OrganizationStatus>(status, "status", "组织状态", validation);
        var childType = Parse<OrganizationType>(parentFor, "parentFor", "下级组织类型", validation);
        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take < 1 || take > MaxLimit))
        {
            validation.Add("limit", $"每页条数应为 1–{MaxLimit} 的整数");
        }

        SearchCursor? cursor = null;
        if (after is not null)
        {
            if (SearchCursor.TryParse(after, out var parsedCursor))
            {
                cursor = parsedCursor;
            }
            else
            {
                validation.Add("after", "翻页游标无效，请使用上一页返回的 next");
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var query = s.Db.VisibleTo(s.User).AsNoTracking();
        if (!string.IsNullOrEmpty(name))
        {
            var pattern = "%" + EscapeLike(name) + "%";
            query = query.Where(o => EF.Functions.Like(o.Name, pattern, @"\"));
        }

        if (parsedType is { } t)
        {
            query = query.Where(o => o.Type == t);
        }

        if (parsedDomain is { } d)
        {
            query = query.Where(o => o.Domain == d);
        }

        if (!string.IsNullOrEmpty(township))
        {
            query = query.Where(o => o.Township == township);
        }

        if (parsedStatus is { } st)
        {
            query = query.Where(o => o.Status == st);
        }

        if (childType is { } child)
        {
            var parentTypes = AllowedParentRule.ParentTypes(child);
            query = query.Where(o => parentTypes.Contains(o.Type) && o.Status != OrganizationStatus.Dissolved);
        }

        if (cursor is { } c)
        {
            query = query.Where(o => EF.Functions.GreaterThan(ValueTuple.Create(o.Name, o.Id), ValueTuple.Create(c.Name, c.Id)));
        }

        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Take(take + 1).ToListAsync(cancellationToken);
        var items = page.Take(take).Select(OrganizationResponse.From).ToArray();
        var next = page.Count > take ? new SearchCursor(page[take - 1].Name, page[take - 1].Id).ToString() : null;
        return TypedResults.Ok(new SearchResponse(items, next));
    }

    // LIKE's own characters in the user's text match themselves.
    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static TEnum? Parse<TEnum>(string? value, string field, string label, Validation validation)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (Enum.GetNames<TEnum>().Contains(value))
        {
            return Enum.Parse<TEnum>(value);
        }

        validation.Add(field, $"{label}必须是 {string.Join(" / ", Enum.GetNames<TEnum>())} 之一");
        return null;
    }
}
