using BenchmarkDotNet.Running;
using Corridor.Bench;

if (args.Length > 0 && args[0] == "import") return await ImportBench.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;
