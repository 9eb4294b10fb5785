using System.Text.Json;
using System.Text.Json.Serialization;
using Cloud.Organizations.Domain.Leadership;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Term> term)
    {
        term.ToTable("terms");
        term.HasTenantKey(nameof(Term.Id));
        term.Property(t => t.ElectionMethod).HasConversion<string>().HasMaxLength(40);
        term.Property(t => t.NominationMethod).HasConversion<string>().HasMaxLength(40);
        term.Property(t => t.ApprovalDocNo).HasMaxLength(Term.MaxDocNoLength);
        term.Property(t => t.ExtensionApprovalDocNo).HasMaxLength(Term.MaxDocNoLength);
        // The results are read and written with their term only: member ids, votes and posts as one jsonb array.
        term.Property(t => t.Results).HasColumnType("jsonb").HasConversion(
            results => JsonSerializer.Serialize(results, Json),
            json => JsonSerializer.Deserialize<List<ElectedMember>>(json, Json) ?? new List<ElectedMember>(),
            new ValueComparer<IReadOnlyList<ElectedMember>>(
                (a, b) => a!.SequenceEqual(b!),
                results => results.Aggregate(0, (hash, result) => HashCode.Combine(hash, result.GetHashCode())),
                results => results.ToList()));
        term.HasIndex(TenantModel.Property, nameof(Term.OrganizationId), nameof(Term.TermNumber)).IsUnique();
        // At most one open term per organization, whatever two requests do at once.
        term.HasIndex(TenantModel.Property, nameof(Term.OrganizationId)).IsUnique().HasFilter("closed_on IS NULL").HasDatabaseName("ux_terms_open");
    }
}
