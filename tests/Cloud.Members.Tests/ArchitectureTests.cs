using Cloud.Testing;

namespace Cloud.Members.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Domain_uses_no_framework_types() => ArchitectureRules.DomainIsPlain(typeof(MembersEntryPoint).Assembly);

    [Fact]
    public void Service_references_no_other_service() => ArchitectureRules.ReferencesNoOtherService(typeof(MembersEntryPoint).Assembly);
}
