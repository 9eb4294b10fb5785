using Cloud.Identity.Domain;
using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Cloud.Identity.Data;

/// <summary>
/// Counties and machine clients are platform tables (no county); users and the audit trail are tenant tables
/// (the realm 000000 holds platform staff); OpenIddict's applications, authorizations, scopes and tokens live here too.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : CloudDbContext(options)
{
    public const string DatabaseName = "identity";

    public DbSet<County> Counties => Set<County>();

    public DbSet<CloudUser> Users => Set<CloudUser>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    public DbSet<MachineClient> MachineClients => Set<MachineClient>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<County>(county =>
        {
            county.ToTable("counties");
            county.HasKey(c => c.Code);
            county.Property(c => c.Code).HasMaxLength(6);
            county.Property(c => c.Name).HasMaxLength(County.MaxNameLength);
            county.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            county.Ignore(c => c.City);
            county.Ignore(c => c.IsActive);
        });

        modelBuilder.Entity<CloudUser>(user =>
        {
            user.ToTable("users");
            user.HasTenantKey(nameof(CloudUser.Id));
            user.Property(u => u.Login).HasMaxLength(CloudUser.MaxLoginLength);
            user.Property(u => u.NormalizedLogin).HasMaxLength(CloudUser.MaxLoginLength);
            user.Property(u => u.DisplayName).HasMaxLength(CloudUser.MaxDisplayNameLength);
            user.Property(u => u.Phone).HasMaxLength(CloudUser.MaxPhoneLength);
            user.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
            user.Property(u => u.Roles).HasColumnType("text[]");
            user.Property(u => u.City).HasMaxLength(4);
            user.Property(u => u.SecurityStamp).HasMaxLength(64);
            user.Ignore(u => u.IsActive);
            // A login is unique per county (realm), not across the platform.
            user.HasIndex(TenantModel.Property, nameof(CloudUser.NormalizedLogin)).IsUnique();
        });

        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("audit_records");
            audit.HasTenantKey(nameof(AuditRecord.Id));
            audit.Property(a => a.Action).HasConversion<string>().HasMaxLength(40);
            audit.Property(a => a.ActorId).HasMaxLength(AuditRecord.MaxTextLength);
            audit.Property(a => a.ActorName).HasMaxLength(AuditRecord.MaxTextLength);
            audit.Property(a => a.ClientIp).HasMaxLength(AuditRecord.MaxTextLength);
            audit.Property(a => a.Target).HasMaxLength(AuditRecord.MaxTextLength);
            audit.HasIndex(TenantModel.Property, nameof(AuditRecord.At));
        });

        modelBuilder.Entity<MachineClient>(client =>
        {
            client.ToTable("machine_clients");
            client.HasKey(c => c.ClientId);
            client.Property(c => c.ClientId).HasMaxLength(40);
            client.Property(c => c.DisplayName).HasMaxLength(MachineClient.MaxDisplayNameLength);
            client.Property(c => c.County).HasMaxLength(6);
            client.Property(c => c.City).HasMaxLength(4);
            client.Property(c => c.CreatedBy).HasMaxLength(100);
        });

        // Which organizations lie under an OrgAdmin's scope: the users it may manage (UserAdministration).
        modelBuilder.HasOrganizationTreeCopy();
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
    }
}
