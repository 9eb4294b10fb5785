namespace Cloud.Reporting.Domain.Statistics;

/// <summary>
/// Age bands given by their inclusive upper ages: [30, 35, …, 60] makes ≤30, 31–35, …, 56–60, ≥61. Age is whole years in
/// the year of the reference date (the statistics know birth years only). Two schemes are in use (domain.md §4):
/// the 公报's member bands and the seeds' secretary bands; a county may set its own.
/// </summary>
public sealed record AgeBandScheme(IReadOnlyList<int> UpperAges)
{
    /// <summary>党员年龄结构 of the 党内统计公报: ≤30, then 5-year steps, ≥61.</summary>
    public static readonly AgeBandScheme Members = new([30, 35, 40, 45, 50, 55, 60]);

    /// <summary>书记年龄段 of the seeds (seed 000 part 4): &lt;45, 45–49, 50–55, &gt;55, boundaries as [45,50).</summary>
    public static readonly AgeBandScheme Secretaries = new([44, 49, 55]);

    /// <summary>The index of the band <paramref name="age"/> falls in, 0 to <see cref="UpperAges"/>.Count.</summary>
    public int BandOf(int age) => UpperAges.Count(upper => age > upper);

    /// <summary>The label of band <paramref name="index"/> ("≤30", "31–35", "≥61").</summary>
    public string Label(int index) =>
        index == 0 ? $"≤{UpperAges[0]}"
        : index == UpperAges.Count ? $"≥{UpperAges[^1] + 1}"
        : $"{UpperAges[index - 1] + 1}–{UpperAges[index]}";

    /// <summary>Every band's label, youngest first.</summary>
    public IReadOnlyList<string> Labels => [.. Enumerable.Range(0, UpperAges.Count + 1).Select(Label)];

    /// <summary>Upper ages must rise strictly and lie within working life and beyond (1–120).</summary>
    public bool IsValid => UpperAges.Count > 0 && UpperAges.All(a => a is > 0 and < 120) && UpperAges.Zip(UpperAges.Skip(1)).All(p => p.First < p.Second);
}
