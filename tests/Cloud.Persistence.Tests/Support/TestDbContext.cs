using Cloud.Persistence.OrganizationTree;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.Tests.Support;

/// <summary>A service's DbContext in miniature: two tenant tables of its own, the tree copy, and the outbox and inbox of the base.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : CloudDbContext(options)
{
    public const string DatabaseName = "persistence_tests";

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<OrganizationNode> Organizations => Set<OrganizationNode>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.HasTenantKey(nameof(Note.Id));
            note.Property(n => n.Text).HasMaxLength(100);
        });
        modelBuilder.Entity<Receipt>(receipt =>
        {
            receipt.ToTable("receipts");
            receipt.HasTenantKey(nameof(Receipt.Id));
        });
        modelBuilder.HasOrganizationTreeCopy();
    }
}
