using System.Linq.Expressions;
using Cloud.Contracts;
using Cloud.Persistence.Inbox;
using Cloud.Persistence.Outbox;
using Cloud.Persistence.Tenancy;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence;

/// <summary>
/// Base of every service's DbContext: tenant key and query filter on every tenant table, the outbox and inbox
/// tables, snake_case names. The database enforces the county with row-level security; the filter is the second line.
/// Instances are pooled (<see cref="PersistenceExtensions.AddCloudPersistence{TDbContext}"/>): each rent binds the context
/// to the unit of work's <see cref="ITenantContext"/>, and returning it unbinds it, so no county outlives its scope.
/// </summary>
public abstract class CloudDbContext(DbContextOptions options) : DbContext(options)
{
    private ITenantContext _tenant = UnboundTenant.Instance;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    /// <summary>The county of the unit of work the context serves (read at each use: it may be set after the context is resolved).</summary>
    public ITenantContext Tenant => _tenant;

    private string? CurrentTenantId => _tenant.TenantId;

    /// <summary>Binds a context rented from the pool to the unit of work's county holder (the request's or message's scope).</summary>
    internal void BindTo(ITenantContext tenant)
    {
        _tenant = tenant;
        CountyOnConnection = null;
    }

    // Back to the pool: the next unit of work binds its own county; until then the context has none.
    public override void Dispose()
    {
        BindTo(UnboundTenant.Instance);
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        BindTo(UnboundTenant.Instance);
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    /// <summary>Writes an event into the outbox; it is published only if this unit of work commits.</summary>
    public void Publish<TEvent>(TEvent @event)
        where TEvent : class, IIntegrationEvent
    {
        if (_tenant.TenantId is not null && _tenant.TenantId != @event.TenantId)
        {
            throw new InvalidOperationException("An event must belong to the county of the unit of work.");
        }

        AddToOutbox(@event, @event.TenantId);
    }

    /// <summary>
    /// Writes an event addressed to another county (e.g. a transfer letter to county B) into this county's outbox:
    /// the row stays the current county's (row-level security), the event's <c>TenantId</c> names the recipient, whose
    /// consumers then work under it. Only for messages one county deliberately sends another; everything else uses Publish.
    /// </summary>
    public void PublishToCounty<TEvent>(string county, TEvent @event)
        where TEvent : class, IIntegrationEvent
    {
        if (_tenant.TenantId is not { } sender)
        {
            throw new InvalidOperationException("A message to another county is sent from a unit of work of one county.");
        }

        if (@event.TenantId != county || county == sender)
        {
            throw new InvalidOperationException("A message to another county must carry that county, not the sender's.");
        }

        AddToOutbox(@event, sender);
    }

    private void AddToOutbox<TEvent>(TEvent @event, string outboxCounty)
        where TEvent : class, IIntegrationEvent
    {
        var entry = Entry(OutboxMessage.For(@event));
        entry.Property<string>(TenantModel.Property).CurrentValue = outboxCounty;
        entry.State = EntityState.Added;
    }

    /// <summary>
    /// Sets the county on the context's open connection now, for commands EF does not send itself (e.g. a binary COPY
    /// on <c>Database.GetDbConnection()</c>); EF's own commands carry it anyway.
    /// </summary>
    public Task ApplyTenantToConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            throw new InvalidOperationException("Open the connection (Database.OpenConnectionAsync or a transaction) first.");
        }

        return TenantConnectionInterceptor.ApplyAsync(this, connection, cancellationToken);
    }

    /// <summary>The county the open connection is known to carry (kept by <see cref="TenantConnectionInterceptor"/>); null when unknown.</summary>
    internal string? CountyOnConnection { get; set; }

    /// <summary>The service's own entities; tenant tables call <see cref="TenantModel.HasTenantKey{T}"/>.</summary>
    protected abstract void ConfigureDomain(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureDomain(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasTenantKey(nameof(OutboxMessage.Id));
            outbox.Property(m => m.Type).HasMaxLength(200);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            outbox.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_unsent");
            outbox.HasIndex(m => m.SentAt).HasFilter("sent_at IS NOT NULL").HasDatabaseName("ix_outbox_sent");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasTenantKey(nameof(InboxMessage.Consumer), nameof(InboxMessage.MessageId));
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ReceivedAt).HasDatabaseName("ix_inbox_received_at");
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase.From(property.Name));
            }

            if (entity.IsTenantOwned())
            {
                var filter = (LambdaExpression)TenantFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, null)!;
                entity.SetQueryFilter(filter);
            }
        }
    }

    private static readonly System.Reflection.MethodInfo TenantFilterMethod =
        typeof(CloudDbContext).GetMethod(nameof(TenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    // Refers to the context instance, so EF evaluates the county per context, not once per model.
    private Expression<Func<T, bool>> TenantFilter<T>()
        where T : class =>
        e => EF.Property<string>(e, TenantModel.Property) == CurrentTenantId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnsureOneCounty();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnsureOneCounty();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The generator fills the county on Add; this refuses a row explicitly set to another county.
    private void EnsureOneCounty()
    {
        if (_tenant.TenantId is not { } county)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Metadata.IsTenantOwned()))
        {
            if (entry.Property(TenantModel.Property).CurrentValue as string != county)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another county cannot be added.");
            }
        }
    }
}
