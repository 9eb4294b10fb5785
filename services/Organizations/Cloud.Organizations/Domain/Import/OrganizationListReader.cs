using Cloud.Spreadsheets;

namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// Turns a sheet into organization rows: finds the header (row 1, or below a few title rows), maps columns by their
/// Chinese headers in any order, and checks each cell with the same limits as registering one organization.
/// </summary>
public static class OrganizationListReader
{
    // The county committee is created when the county is provisioned, never imported.
    private static readonly OrganizationType[] Importable = [.. Enum.GetValues<OrganizationType>().Where(t => t != OrganizationType.CountyCommittee)];

    public static OrganizationList Read(byte[] content, string? fileName) =>
        Read(SpreadsheetFile.Read(content, fileName, ImportRowLimit.RowsToRead));

    public static OrganizationList Read(Sheet sheet)
    {
        if (sheet.Error is not null)
        {
            return OrganizationList.Refused(sheet.Error);
        }

        if (sheet.Rows.Count == 0)
        {
            return OrganizationList.Refused("文件是空的");
        }

        var header = SheetHeader.Locate(sheet, Header, ImportColumns.Name, ImportColumns.Required, ImportRowLimit.MaxRowsAboveHeader);
        if (header.Error is not null)
        {
            return OrganizationList.Refused(header.Error);
        }

        var data = sheet.Rows.Skip(header.RowIndex + 1).ToList();
        if (data.Count == 0)
        {
            return OrganizationList.Refused("文件中没有组织数据：表头下面是空的");
        }

        if (data.Count > ImportRowLimit.MaxRows)
        {
            return OrganizationList.Refused($"一次最多导入 {ImportRowLimit.MaxRows} 个组织，这个文件超过了，请分批导入");
        }

        var errors = new List<ImportRowError>();
        var rows = data.Select(row => ReadRow(row, header.Columns, errors)).ToList();
        return new OrganizationList(rows, errors);
    }

    private static ImportRow ReadRow(SheetRow row, IReadOnlyDictionary<string, int> columns, List<ImportRowError> errors)
    {
        string? Cell(string column) => row.Cell(columns, column);

        void Error(string column, string message) => errors.Add(new ImportRowError(row.Number, column, message));

        var name = Cell(ImportColumns.Name);
        if (name is null)
        {
            Error(ImportColumns.Name, "组织名称不能为空");
        }
        else if (name.Length > Organization.MaxNameLength)
        {
            Error(ImportColumns.Name, $"组织名称不能超过{Organization.MaxNameLength}个字符");
        }

        OrganizationType? type = null;
        if (Cell(ImportColumns.Type) is not { } typeText)
        {
            Error(ImportColumns.Type, "组织类型不能为空");
        }
        else if (OrganizationVocabulary.TryParse(typeText, out OrganizationType parsedType) && Importable.Contains(parsedType))
        {
            type = parsedType;
        }
        else
        {
            Error(ImportColumns.Type, $"组织类型“{typeText}”无法识别，必须是 {OrganizationVocabulary.Choices(Importable)} 之一");
        }

        BranchKind? kind = null;
        if (Cell(ImportColumns.Kind) is { } kindText)
        {
            if (!OrganizationVocabulary.TryParse(kindText, out BranchKind parsedKind))
            {
                Error(ImportColumns.Kind, $"支部类型“{kindText}”无法识别，必须是 {OrganizationVocabulary.KindChoices} 之一");
            }
            else if (type is { } t && t != OrganizationType.Branch)
            {
                Error(ImportColumns.Kind, "只有党支部可以填写支部类型");
            }
            else
            {
                kind = parsedKind;
            }
        }

        OrganizationDomain? domain = null;
        if (Cell(ImportColumns.Domain) is { } domainText)
        {
            if (OrganizationVocabulary.TryParse(domainText, out OrganizationDomain parsedDomain))
            {
                domain = parsedDomain;
            }
            else
            {
                Error(ImportColumns.Domain, $"所属领域“{domainText}”无法识别，必须是 {OrganizationVocabulary.DomainChoices} 之一");
            }
        }

        var township = Cell(ImportColumns.Township);
        if (township is { Length: > Organization.MaxTownshipLength })
        {
            Error(ImportColumns.Township, $"所属乡镇不能超过{Organization.MaxTownshipLength}个字符");
        }

        Guid? secretaryId = null;
        if (Cell(ImportColumns.SecretaryId) is { } secretaryText)
        {
            if (Guid.TryParse(secretaryText, out var parsedSecretary))
            {
                secretaryId = parsedSecretary;
            }
            else
            {
                Error(ImportColumns.SecretaryId, "书记ID必须是党员的系统编号（形如 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b），不填写也可以");
            }
        }

        var proposed = false;
        if (Cell(ImportColumns.Status) is { } statusText)
        {
            // A new organization is being set up (筹建) or works normally (正常); restructuring and dissolution come later.
            if (OrganizationVocabulary.TryParse(statusText, out OrganizationStatus status) && status is OrganizationStatus.Proposed or OrganizationStatus.Active)
            {
                proposed = status == OrganizationStatus.Proposed;
            }
            else
            {
                Error(ImportColumns.Status, "导入的组织状态只能是 筹建 / 正常，不填写即为正常");
            }
        }

        return new ImportRow(row.Number, name, type, Cell(ImportColumns.Parent), kind, domain, township, secretaryId, proposed);
    }

    // Templates often mark required columns with an asterisk ("*组织名称").
    private static string? Header(string? cell)
    {
        var text = cell?.Replace("*", string.Empty, StringComparison.Ordinal).Replace("＊", string.Empty, StringComparison.Ordinal).Trim();
        return ImportColumns.Known.FirstOrDefault(known => string.Equals(known, text, StringComparison.OrdinalIgnoreCase));
    }
}
