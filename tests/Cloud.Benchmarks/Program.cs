using System.Globalization;
using BenchmarkDotNet.Running;
using Cloud.Benchmarks.GatewayHop;

// `serve KIND PORT [BACKEND]`: one server of the gateway-hop comparison, which infra/bench.sh gateway drives with wrk.
if (args is ["serve", var kind, var port, ..])
{
    await HopServer.RunAsync(kind, int.Parse(port, CultureInfo.InvariantCulture), args.ElementAtOrDefault(3));
    return;
}

// `portal GATEWAY DATADIR`: page loads and the Portal's cost per API call on a running platform (infra/bench.sh portal).
if (args is ["portal", var gateway, var dataDirectory, ..])
{
    await Cloud.Benchmarks.PortalLoad.PortalBench.RunAsync(new Uri(gateway), dataDirectory);
    return;
}

// Each benchmark class compares our code path with a hand-written baseline in the same run; read the Ratio column.
BenchmarkSwitcher.FromAssembly(typeof(Cloud.Benchmarks.TenantQueryBenchmarks).Assembly).Run(args);
