using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Connectors.Benchmarks -- --filter '*PlannerBenchmarks*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);