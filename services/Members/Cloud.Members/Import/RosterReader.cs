using Cloud.Members.Api;
using Cloud.Members.Domain.Import;
using Cloud.Members.Domain.Members;
using Cloud.Spreadsheets;

namespace Cloud.Members.Import;

/// <summary>
/// Turns a sheet into roster rows: finds the header, maps the Chinese (or API) column names in any order, reads the
/// roster's words (男, 大学本科, 正式党员…), and checks each row with the same rules as registering one member
/// (<see cref="MemberRequest.Validate"/>), each error named by row and column.
/// </summary>
public static class RosterReader
{
    // Where MemberRequest's field errors belong in the roster.
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["name"] = RosterColumns.Name, ["nationalId"] = RosterColumns.NationalId, ["gender"] = RosterColumns.Gender,
        ["ethnicity"] = RosterColumns.Ethnicity, ["birthDate"] = RosterColumns.BirthDate, ["education"] = RosterColumns.Education,
        ["occupation"] = RosterColumns.Occupation, ["employmentStatus"] = RosterColumns.EmploymentStatus, ["status"] = RosterColumns.Status,
        ["admissionApprovedOn"] = RosterColumns.AdmissionApprovedOn, ["probationStartOn"] = RosterColumns.AdmissionApprovedOn,
        ["confirmedOn"] = RosterColumns.ConfirmedOn, ["organizationId"] = RosterColumns.Organization, ["phone"] = RosterColumns.Phone,
    };

    public static Roster Read(byte[] content, string? fileName, BranchDirectory branches, DateOnly today) =>
        Read(SpreadsheetFile.Read(content, fileName, RosterLimits.RowsToRead), branches, today);

    public static Roster Read(Sheet sheet, BranchDirectory branches, DateOnly today)
    {
        if (sheet.Error is not null)
        {
            return Roster.Refused(sheet.Error);
        }

        if (sheet.Rows.Count == 0)
        {
            return Roster.Refused("文件是空的");
        }

        var header = SheetHeader.Locate(sheet, RosterColumns.Find, RosterColumns.Name, RosterColumns.Required, RosterLimits.MaxRowsAboveHeader);
        if (header.Error is not null)
        {
            return Roster.Refused(header.Error);
        }

        var data = sheet.Rows.Skip(header.RowIndex + 1).ToList();
        if (data.Count == 0)
        {
            return Roster.Refused("文件中没有党员数据：表头下面是空的");
        }

        if (data.Count > RosterLimits.MaxRows)
        {
            return Roster.Refused($"一次最多导入 {RosterLimits.MaxRows} 名党员，这个文件超过了，请分批导入");
        }

        // Rows are checked independently of each other: in parallel, kept in file order.
        var read = data.AsParallel().AsOrdered().Select(row =>
        {
            var errors = new List<ImportRowError>();
            return (Row: ReadRow(row, header.Columns, branches, today, errors), Errors: errors);
        }).ToList();
        return new Roster([.. read.Select(r => r.Row)], [.. read.SelectMany(r => r.Errors)]);
    }

    private static RosterRow ReadRow(SheetRow row, IReadOnlyDictionary<string, int> columns, BranchDirectory branches, DateOnly today, List<ImportRowError> errors)
    {
        var faulty = new HashSet<string>(StringComparer.Ordinal);
        void Error(string column, string message)
        {
            faulty.Add(column);
            errors.Add(new ImportRowError(row.Number, column, message));
        }

        string? Cell(string column) => row.Cell(columns, column);

        string? Word<TEnum>(string column, RosterWords<TEnum> words)
            where TEnum : struct, Enum
        {
            if (Cell(column) is not { } text)
            {
                Error(column, $"{column}不能为空");
                return null;
            }

            if (words.TryParse(text, out var value))
            {
                return value.ToString();
            }

            Error(column, $"{column}“{text}”无法识别，必须是 {words.Choices} 之一");
            return null;
        }

        DateOnly? Date(string column, bool required)
        {
            if (Cell(column) is not { } text)
            {
                if (required)
                {
                    Error(column, $"{column}不能为空");
                }

                return null;
            }

            if (RosterDates.TryParse(text, out var date))
            {
                return date;
            }

            Error(column, $"{column}“{text}”不是有效日期，请写成 2012-07-01 的形式");
            return null;
        }

        Guid? Organization()
        {
            if (Cell(RosterColumns.Organization) is not { } text)
            {
                Error(RosterColumns.Organization, "所在党组织不能为空");
                return null;
            }

            if (branches.TryFind(text, out var id, out var error))
            {
                return id;
            }

            Error(RosterColumns.Organization, error);
            return null;
        }

        var request = new MemberRequest(
            Cell(RosterColumns.Name),
            Cell(RosterColumns.NationalId),
            Word(RosterColumns.Gender, RosterVocabulary.Genders),
            Cell(RosterColumns.Ethnicity),
            Date(RosterColumns.BirthDate, required: true),
            Word(RosterColumns.Education, RosterVocabulary.Educations),
            Word(RosterColumns.Occupation, RosterVocabulary.Occupations),
            Word(RosterColumns.EmploymentStatus, RosterVocabulary.EmploymentStatuses),
            Word(RosterColumns.Status, RosterVocabulary.Statuses),
            Date(RosterColumns.AdmissionApprovedOn, required: true),
            ProbationStartOn: null,
            Date(RosterColumns.ConfirmedOn, required: false),
            Organization(),
            Phone: Cell(RosterColumns.Phone));
        var validation = request.Validate(today, out var nationalId, out var facts);
        foreach (var (field, messages) in validation.IsValid ? Enumerable.Empty<KeyValuePair<string, string[]>>() : validation.Errors)
        {
            var column = ColumnOfField.GetValueOrDefault(field, field);
            if (!faulty.Contains(column))
            {
                foreach (var message in messages)
                {
                    errors.Add(new ImportRowError(row.Number, column, message));
                }

                faulty.Add(column);
            }
        }

        return new RosterRow(row.Number, request.Name, nationalId, faulty.Count == 0 ? facts : null);
    }
}
