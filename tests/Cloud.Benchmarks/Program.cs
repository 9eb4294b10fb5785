using BenchmarkDotNet.Running;

// Each benchmark class compares our code path with a hand-written baseline in the same run; read the Ratio column.
BenchmarkSwitcher.FromAssembly(typeof(Cloud.Benchmarks.TenantQueryBenchmarks).Assembly).Run(args);
