namespace Cloud.Portal.Api.Imports;

/// <summary>A column of an import template: its header as the importer reads it, whether it must be filled, and how.</summary>
public sealed record TemplateColumn(string Header, bool Required, string Hint);
