namespace Cloud.Organizations.Api;

/// <summary>The new term, the posts its results created, and the warnings of advisory rules (O7, O8, O17).</summary>
public sealed record ElectionRecordedResponse(TermResponse Term, PositionResponse[] Positions, string[] Warnings);
