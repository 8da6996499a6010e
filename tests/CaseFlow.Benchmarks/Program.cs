using CaseFlow.Benchmarks;

return args.FirstOrDefault() switch
{
    "worklist" => await WorklistBenchmark.RunAsync(args.Skip(1).ToArray()),
    "report" => await ReportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "awards" => await AwardBenchmark.RunAsync(args.Skip(1).ToArray()),
    "roster" => await RosterBenchmark.RunAsync(args.Skip(1).ToArray()),
    "warnings" => await WarningBenchmark.RunAsync(args.Skip(1).ToArray()),
    "load" => await LoadBenchmark.RunAsync(args.Skip(1).ToArray()),
    "province" => await ProvinceBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/CaseFlow.Benchmarks -- worklist [cases=100000] [rounds=30]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/CaseFlow.Benchmarks -- report [cases=1000000] [rounds=10] [path/to/generated.db | --mariadb <connection string>]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/CaseFlow.Benchmarks -- awards [count=50]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/CaseFlow.Benchmarks -- roster [rows=5000] [rounds=5]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/CaseFlow.Benchmarks -- warnings [projects=2000] [workersPerProject=100] [rounds=5] [--mariadb <connection string>]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/CaseFlow.Benchmarks -- load [clients=1,8,32] [seconds=15] [--mariadb <connection string>]   (after dotnet build -c Release CaseFlow.sln)");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/CaseFlow.Benchmarks -- province [cases=10000000] [rounds=10] --mariadb <connection string> [--drop]");
    return 2;
}
