using System.Globalization;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Organizations.Api.Tree;

/// <summary>The tree as of a date, and one organization's history.</summary>
public static class TreeReads
{
    /// <summary>A county's tree is at most a handful of levels deep; more asks for the whole subtree.</summary>
    public const int MaxDepth = 20;

    /// <summary>
    /// GET /tree?asOf=yyyy-MM-dd&amp;rootId=…&amp;depth=n: the tree as it stood at the end of that day (default: now);
    /// with <c>depth</c>, only n levels below the root (a tree view reads one level as a node opens), with member counts.
    /// </summary>
    public static async Task<Results<Ok<List<TreeNodeResponse>>, NotFound, ValidationProblem>> Tree(
        string? asOf, string? rootId, string? depth, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        DateOnly? day = null;
        if (asOf is not null)
        {
            if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDay))
            {
                day = parsedDay;
            }
            else
            {
                validation.Add("asOf", "日期格式应为 yyyy-MM-dd");
            }
        }

        Guid? root = null;
        if (rootId is not null)
        {
            if (Guid.TryParse(rootId, out var parsedRoot))
            {
                root = parsedRoot;
            }
            else
            {
                validation.Add("rootId", "组织编号格式错误");
            }
        }

        int? levels = null;
        if (depth is not null)
        {
            if (int.TryParse(depth, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedDepth) && parsedDepth <= MaxDepth)
            {
                levels = parsedDepth;
            }
            else
            {
                validation.Add("depth", $"层数应为 0–{MaxDepth} 的整数");
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (root is { } r && !await s.User.MayActOnAsync(r, s.Scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var tree = await new TreeQueries(s.Db).TreeAsOfAsync(day, root, s.User.OrganizationScope(), levels, cancellationToken);
        // A root that did not stand on that day has no tree.
        return root is not null && tree.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(tree);
    }

    /// <summary>GET /{id}/history: the organization's versions, oldest first.</summary>
    public static async Task<Results<Ok<OrganizationVersionResponse[]>, NotFound>> History(Guid id, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        if (!await s.User.MayActOnAsync(id, s.Scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var history = await new TreeQueries(s.Db).HistoryAsync(id, cancellationToken);
        return history.Length == 0 ? TypedResults.NotFound() : TypedResults.Ok(history);
    }
}
