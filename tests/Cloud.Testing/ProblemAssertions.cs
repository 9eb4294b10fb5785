using System.Net;
using System.Text.Json;
using Xunit;

namespace Cloud.Testing;

/// <summary>Checks that an answer is RFC 9457 problem+json with a Chinese title.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var title = problem.GetProperty("title").GetString();
        Assert.False(string.IsNullOrEmpty(title));
        Assert.Contains(title!, c => c > 0x4E00 && c < 0x9FFF); // a Chinese title
        return problem;
    }

    public static void AssertFieldError(this JsonElement problem, string field) =>
        Assert.True(
            problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0,
            $"Expected a field error for '{field}' in {problem}");
}
