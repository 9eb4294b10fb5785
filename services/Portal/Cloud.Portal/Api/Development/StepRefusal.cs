namespace Cloud.Portal.Api.Development;

/// <summary>
/// How a form shows a rule's refusal (422 with <c>rule</c>) beside the field it names: the rule's Chinese statement and
/// where the rule comes from; a refusal shown beside its field is not repeated at the top of the form.
/// </summary>
public static class StepRefusal
{
    /// <summary>The field's messages, with the rule's source when the refusal names a rule.</summary>
    public static string? Beside(ApiProblem? problem, string field) =>
        problem.Text(field) is not { } text ? null : problem!.Rule is { } rule ? $"{text}。依据：{DevelopmentNames.Rule(rule)}" : text;

    /// <summary>The problem for the message at the top, or null when everything it says is shown beside the form's fields.</summary>
    public static ApiProblem? AtTop(ApiProblem? problem, IEnumerable<string> shownFields) =>
        problem is { Rule: not null, FieldErrors.Count: > 0 } && problem.NotShownBeside(shownFields).Count == 0 ? null : problem;
}
