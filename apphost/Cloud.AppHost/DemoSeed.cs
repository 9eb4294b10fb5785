using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cloud.AppHost;

/// <summary>
/// Creates the demo county through the gateway, as people would: the platform operator onboards 陈仓区 and its
/// administrator, who creates the organizations and the other staff. Once (marker file) or on request; what exists is kept.
/// </summary>
public sealed class DemoSeed(HttpClient http, string gatewayOrigin, IdentityClient identity, DemoPasswords passwords, string markerPath)
{
    private const string OrganizationsPath = "/api/organizations";
    private string _token = string.Empty;

    public bool IsDone => File.Exists(markerPath);

    /// <summary>A fresh access token (15 minutes) of the county administrator.</summary>
    public Task<string> AdminTokenAsync(CancellationToken cancellationToken) =>
        identity.TokenAsync(DemoCounty.SignInName(DemoCounty.AdminLogin), passwords.For(DemoCounty.AdminLogin), cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ConsoleOutput.Info($"seeding demo county {DemoCounty.Code} ({DemoCounty.DisplayName}) through {gatewayOrigin}");
        var platform = await identity.TokenAsync(DemoCounty.PlatformLogin, passwords.Platform, cancellationToken);
        await identity.CreateAsync(platform, "/api/identity/counties", new { code = DemoCounty.Code, name = DemoCounty.DisplayName }, cancellationToken);
        await identity.CreateAsync(platform, $"/api/identity/counties/{DemoCounty.Code}/admins", new
        {
            login = DemoCounty.AdminLogin,
            displayName = $"{DemoCounty.DisplayName}委组织部管理员",
            password = passwords.For(DemoCounty.AdminLogin),
        }, cancellationToken);
        _token = await AdminTokenAsync(cancellationToken);

        // Names already there are reused, so `--seed demo` on a seeded database adds nothing twice.
        // The county committee (top of the tree) comes from the onboarding event, a moment after onboarding.
        var ids = await ExistingAsync(cancellationToken);
        for (var wait = 0; wait < 50 && !ids.ContainsKey(DemoCounty.CommitteeName); wait++)
        {
            await Task.Delay(200, cancellationToken);
            ids = await ExistingAsync(cancellationToken);
        }

        var newOrganizations = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var organization in DemoTree.Organizations)
        {
            if (ids.ContainsKey(organization.Name))
            {
                ConsoleOutput.Info($"  exists:  {organization.Name}");
                continue;
            }

            var parentId = organization.ParentName is { } parentName ? ids[parentName] : TopOfTree(ids);
            ids[organization.Name] = newOrganizations[organization.Name] = await CreateAsync(
                new OrganizationRequest(organization.Name, organization.Type, parentId, organization.Kind, organization.Domain, organization.Township,
                    organization.Established, organization.TemporaryTaskEndsOn), cancellationToken);
            ConsoleOutput.Info($"  created: {organization.Name} ({organization.Type}) {ids[organization.Name]}");
        }

        // Terms, secretaries, units and ratings only for what this run created: a second run adds nothing twice.
        await new DemoTreeSeed(new CountyApi(http, gatewayOrigin, _token)).RunAsync(newOrganizations, cancellationToken);

        foreach (var user in DemoCounty.Users)
        {
            var created = await identity.CreateAsync(_token, "/api/identity/users", new
            {
                login = user.Login,
                displayName = user.DisplayName,
                password = passwords.For(user.Login),
                roles = new[] { user.Role },
                orgScope = user.Scope is null ? (Guid?)null : ids[user.Scope],
            }, cancellationToken);
            ConsoleOutput.Info($"  {(created is null ? "exists: " : "created:")} user {DemoCounty.SignInName(user.Login)} ({user.Role})");
        }

        await File.WriteAllTextAsync(markerPath, $"{DateTimeOffset.Now:O} county {DemoCounty.Code}\n", cancellationToken);
    }

    /// <summary>The demo county's members, on every start: nothing is added when the county has members already.</summary>
    public async Task SeedMembersAsync(CancellationToken cancellationToken)
    {
        _token = await AdminTokenAsync(cancellationToken);
        ConsoleOutput.Info($"demo members of {DemoCounty.Code} ({DemoCounty.DisplayName})");
        var api = new CountyApi(http, gatewayOrigin, _token);
        var organizations = await ExistingAsync(cancellationToken);
        await new DemoMemberSeed(api).RunAsync(organizations, cancellationToken);
        if (organizations.TryGetValue(DemoTree.CaseBranch, out var branch))
        {
            await new DemoDevelopmentSeed(api).RunAsync(branch, cancellationToken);
        }
    }

    private async Task<Guid> CreateAsync(OrganizationRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gatewayOrigin + OrganizationsPath))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new StartupException(
                $"demo seed: POST {OrganizationsPath} ({body.Name}) answered {(int)response.StatusCode} {response.ReasonPhrase}: {answer}");
        }

        try
        {
            using var document = JsonDocument.Parse(answer);
            return Property(document.RootElement, "id")?.GetGuid()
                ?? throw new StartupException($"demo seed: POST {OrganizationsPath} answered 201 without an id: {answer}");
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new StartupException($"demo seed: POST {OrganizationsPath} answered 201 with a body we cannot read: {answer}", e);
        }
    }

    private static Guid? TopOfTree(Dictionary<string, Guid> ids) =>
        ids.TryGetValue(DemoCounty.CommitteeName, out var committee) ? committee : null;

    /// <summary>Name → id of what the county already has; the list's exact shape is the service's business, so we read it loosely.</summary>
    private async Task<Dictionary<string, Guid>> ExistingAsync(CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gatewayOrigin + OrganizationsPath));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            ConsoleOutput.Info($"  GET {OrganizationsPath} answered {(int)response.StatusCode}; assuming the county has no organizations yet");
            return ids;
        }

        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var list = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement
                : Property(document.RootElement, "items");
            if (list is not { ValueKind: JsonValueKind.Array } array)
            {
                return ids;
            }

            foreach (var item in array.EnumerateArray())
            {
                if (Property(item, "name") is { ValueKind: JsonValueKind.String } name
                    && Property(item, "id") is { ValueKind: JsonValueKind.String } id
                    && id.TryGetGuid(out var guid))
                {
                    ids[name.GetString()!] = guid;
                }
            }
        }
        catch (JsonException)
        {
            ConsoleOutput.Info($"  GET {OrganizationsPath} answered with something other than JSON; assuming no organizations yet");
        }

        return ids;
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
