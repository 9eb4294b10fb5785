using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Cloud.Benchmarks;

/// <summary>Adds the 95th percentile: the speed targets of the issues are p95 figures, read beside the Ratio column.</summary>
public sealed class RatioConfig : ManualConfig
{
    public RatioConfig()
    {
        AddColumn(StatisticColumn.P95);
        // The generated benchmark project builds in over 2 minutes (the default) on a busy 2-core machine.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
