using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api.Development;

/// <summary>Ending a case before admission: the day, who decided, the document and why.</summary>
public sealed record ExitRequest(DateOnly? DecidedOn, string? DecidingBody = null, string? DocumentNumber = null, string? Note = null)
{
    public Validation Validate(DateOnly today)
    {
        var validation = new Validation()
            .Optional("decidingBody", DecidingBody, "决定机关", 100)
            .Optional("documentNumber", DocumentNumber, "文号", 50)
            .Optional("note", Note, "备注", 500);
        StepFields.Day(validation, "decidedOn", DecidedOn, "决定日期", today);
        return validation;
    }
}
