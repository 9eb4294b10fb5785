using Microsoft.Extensions.Options;

namespace Cloud.Members.Security;

public static class NationalIdProtectionExtensions
{
    // Development and test machines only: a published key, so nothing real may ever be sealed with it.
    private const string DevelopmentKeyId = "dev";
    private const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtb25seS1uYXRpb25hbC1pZC1rZXk=";
    private const string DevelopmentHashKey = "ZGV2ZWxvcG1lbnQtb25seS1uYXRpb25hbC1pZC1oYXM=";

    /// <summary>
    /// Binds <see cref="NationalIdProtectionOptions"/>. Outside Development and Testing the keys must be configured
    /// (the service refuses to start otherwise); there a published development key stands in when none is.
    /// </summary>
    public static IHostApplicationBuilder AddNationalIdProtection(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(NationalIdProtectionOptions.Section);
        var standIn = !section.GetSection("Keys").GetChildren().Any()
            && (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"));
        builder.Services.AddOptions<NationalIdProtectionOptions>()
            .Bind(section)
            .PostConfigure(o =>
            {
                if (standIn)
                {
                    o.CurrentKeyId = DevelopmentKeyId;
                    o.Keys[DevelopmentKeyId] = DevelopmentKey;
                    o.HashKey = DevelopmentHashKey;
                }
            })
            .Validate(o => o.Keys.ContainsKey(o.CurrentKeyId) && o.HashKey.Length > 0,
                $"{NationalIdProtectionOptions.Section}: CurrentKeyId, Keys and HashKey must be configured.")
            .ValidateOnStart();
        builder.Services.AddSingleton<NationalIdProtector>();
        return builder;
    }
}
