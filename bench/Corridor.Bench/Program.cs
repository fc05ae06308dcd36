using BenchmarkDotNet.Running;
using Corridor.Bench;

// Verbs for the bench scripts; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "gen-mcf") return GenerateCommand.Run(args[1..], Console.Out, Console.Error);
if (args.Length > 0 && args[0] == "match-bench") return MatchingBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "stress") return StressBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "import") return await ImportBench.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;
