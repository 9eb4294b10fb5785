using System.Diagnostics.CodeAnalysis;

namespace Cloud.Portal.Api;

/// <summary>An API call's outcome: the value, or the problem to show. Pages never see an exception for a refused call.</summary>
public sealed class ApiResult<T>
{
    internal ApiResult(T? value, ApiProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ApiProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}

public static class ApiResult
{
    public static ApiResult<T> Ok<T>(T value) => new(value, null);

    public static ApiResult<T> Failed<T>(ApiProblem problem) => new(default, problem);
}

/// <summary>The body of an answer the Portal does not read (204, or a body it has no use for).</summary>
public sealed record NoContent;

/// <summary>A file the API returned (an export), to hand to the browser.</summary>
public sealed record ApiFile(byte[] Content, string ContentType, string FileName);
