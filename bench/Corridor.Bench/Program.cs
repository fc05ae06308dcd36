using BenchmarkDotNet.Running;
using Corridor.Bench;

if (args.Length > 0 && args[0] == "gen-mcf") return GenerateCommand.Run(args[1..], Console.Out, Console.Error);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;
