using Cloud.Contracts.Organizations;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.OrganizationTree;

/// <summary>
/// Keeps a service's copy of the county's organization tree. Runs inside the inbox transaction (a redelivery is a
/// no-op), with the county from the event, so row-level security scopes every statement to it.
/// </summary>
public sealed class OrganizationTreeConsumer(CloudDbContext db) :
    IConsumer<OrganizationRegistered>,
    IConsumer<OrganizationRenamed>,
    IConsumer<OrganizationMoved>,
    IConsumer<OrganizationStatusChanged>,
    IConsumer<OrganizationDissolved>
{
    private DbSet<OrganizationNode> Nodes => db.Set<OrganizationNode>();

    public async Task Consume(ConsumeContext<OrganizationRegistered> context)
    {
        var e = context.Message;
        if (await Nodes.AnyAsync(n => n.OrganizationId == e.OrganizationId, context.CancellationToken))
        {
            return; // the same registration under a new event id
        }

        // Early events carried no path: rebuild it from the parent's, as the Organizations service builds it.
        var label = e.OrganizationId.ToString("N");
        var path = e.Path;
        if (path is null)
        {
            var parentPath = e.ParentOrganizationId is { } parentId
                ? await Nodes.Where(n => n.OrganizationId == parentId).Select(n => n.Path).FirstOrDefaultAsync(context.CancellationToken)
                : null;
            path = parentPath is null ? label : $"{parentPath}.{label}";
        }

        Nodes.Add(new OrganizationNode
        {
            OrganizationId = e.OrganizationId,
            Name = e.Name,
            Type = e.Type,
            Kind = e.Kind,
            Domain = e.Domain,
            ParentOrganizationId = e.ParentOrganizationId,
            Path = path,
            UpdatedAt = e.OccurredAt,
        });
    }

    public async Task Consume(ConsumeContext<OrganizationRenamed> context) =>
        await Nodes.Where(n => n.OrganizationId == context.Message.OrganizationId)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Name, context.Message.NewName).SetProperty(n => n.UpdatedAt, context.Message.OccurredAt), context.CancellationToken);

    public async Task Consume(ConsumeContext<OrganizationMoved> context)
    {
        var e = context.Message;
        // The whole subtree follows: every path under the old one gets the new prefix, in one statement.
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE organization_tree
            SET path = CASE WHEN nlevel(path) > nlevel({e.OldPath}::ltree)
                            THEN {e.NewPath}::ltree || subpath(path, nlevel({e.OldPath}::ltree))
                            ELSE {e.NewPath}::ltree END,
                parent_organization_id = CASE WHEN organization_id = {e.OrganizationId} THEN {e.NewParentOrganizationId} ELSE parent_organization_id END,
                updated_at = {e.OccurredAt}
            WHERE path <@ {e.OldPath}::ltree
            """,
            context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<OrganizationStatusChanged> context) =>
        await SetStatusAsync(context.Message.OrganizationId, context.Message.NewStatus, context.Message.OccurredAt, context.CancellationToken);

    public async Task Consume(ConsumeContext<OrganizationDissolved> context) =>
        await SetStatusAsync(context.Message.OrganizationId, OrganizationNode.Dissolved, context.Message.OccurredAt, context.CancellationToken);

    private async Task SetStatusAsync(Guid organizationId, string status, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        await Nodes.Where(n => n.OrganizationId == organizationId)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Status, status).SetProperty(n => n.UpdatedAt, occurredAt), cancellationToken);
}
