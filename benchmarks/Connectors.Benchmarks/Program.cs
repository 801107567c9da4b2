using BenchmarkDotNet.Running;

using Connectors.Benchmarks.Fleet;
using Connectors.Benchmarks.Load;
using Connectors.Benchmarks.MyCase;

// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- --filter '*PlannerBenchmarks*'
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- load [10000 100000]
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- --filter '*MyCaseReadBenchmarks*' --job short
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- mycase-throughput [100000 [5]]
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- mycase-paired [100000 [10]] [--split]
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- mycase-layers [5]
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- mycase-costs
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- fleet [100 1000] [--cases 1000] [--concurrency 8]
//   [--steady-concurrency 8,16]
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- mycase-repeat sdk|raw [6]
if (args is ["load", ..])
{
    return await LoadRun.RunAsync(args[1..]);
}

if (args is [FleetRun.Verb, ..])
{
    return await FleetRun.RunAsync(args[1..]);
}

if (args is [MyCaseThroughputRun.Verb, ..])
{
    return await MyCaseThroughputRun.RunAsync(args[1..]);
}

if (args is [MyCasePairedRun.ChildVerb, ..])
{
    return await MyCasePairedRun.RunChildAsync(args[1..]);
}

if (args is [MyCasePairedRun.Verb, ..])
{
    return await MyCasePairedRun.RunAsync(args[1..]);
}

if (args is [MyCaseLayersRun.Verb, ..])
{
    return await MyCaseLayersRun.RunAsync(args[1..]);
}

if (args is [MyCaseRepeatRun.Verb, ..])
{
    return await MyCaseRepeatRun.RunAsync(args[1..]);
}

if (args is [MyCaseCostProbe.Verb])
{
    return await MyCaseCostProbe.RunAsync();
}

if (args is [LoadChild.Verb, ..])
{
    return await LoadChild.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
