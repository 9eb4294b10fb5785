namespace Cloud.ServiceDefaults.Problems;

/// <summary>Collects field errors of a request; empty means valid.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validation Require(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label}不能为空");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{label}不能超过{maxLength}个字符");
        }

        return this;
    }

    /// <summary>An optional text field: only its length is checked.</summary>
    public Validation Optional(string field, string? value, string label, int maxLength)
    {
        if (value?.Length > maxLength)
        {
            Add(field, $"{label}不能超过{maxLength}个字符");
        }

        return this;
    }

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// <summary>A page size (<c>limit</c>) from 1 to <paramref name="max"/>: every list that pages says so in the same words.</summary>
    public Validation PageLimit(int limit, int max) =>
        limit >= 1 && limit <= max ? this : Add("limit", $"每页条数须在1至{max}之间");

    public Validation AddAll(IEnumerable<(string Field, string Message)> errors)
    {
        foreach (var (field, message) in errors)
        {
            Add(field, message);
        }

        return this;
    }

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(Errors, title: ProblemTitles.Validation);
}
