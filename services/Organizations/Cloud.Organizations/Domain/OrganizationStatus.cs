namespace Cloud.Organizations.Domain;

/// <summary>Lifecycle of an organization (domain.md §3.1): Proposed → Active → Restructuring → Dissolved.</summary>
public enum OrganizationStatus
{
    Proposed,
    Active,
    Restructuring,
    Dissolved,
}
