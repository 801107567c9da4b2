using BenchmarkDotNet.Running;
using Connectors.Benchmarks.Load;

// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- --filter '*PlannerBenchmarks*'
// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- load [10000 100000]
if (args is ["load", ..])
{
    return await LoadRun.RunAsync(args[1..]);
}

if (args is [LoadChild.Verb, ..])
{
    return await LoadChild.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
