namespace Cloud.Portal.Api.Imports;

/// <summary>A finished import in the words the result step shows, e.g. ("导入党员", 2000).</summary>
public sealed record ImportOutcome(IReadOnlyList<(string Label, int Count)> Counts);

/// <summary>How far a running import is: the overall percentage and the phase in Chinese.</summary>
public sealed record ImportStep(int Percent, string Phase);
