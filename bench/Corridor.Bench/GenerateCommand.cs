using System.Globalization;
using Corridor.Engine.Flow.Dimacs;

namespace Corridor.Bench;

/// <summary>
/// <c>gen-mcf --arcs N [--seed S] [--categories K] [--periods T] [--out FILE]</c>: writes a corridor-shaped DIMACS
/// min-cost-flow instance of about N arcs. The same arguments always give the same file.
/// </summary>
internal static class GenerateCommand
{
    const string Usage = "usage: gen-mcf --arcs N [--seed S] [--categories K] [--periods T] [--out FILE]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        if (args.Length % 2 != 0 || !options.ContainsKey("--arcs") || options.Keys.Any(k => k is not ("--arcs" or "--seed" or "--categories" or "--periods" or "--out")))
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        int arcs = int.Parse(options["--arcs"], CultureInfo.InvariantCulture);
        ulong seed = ulong.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
        int categories = int.Parse(options.GetValueOrDefault("--categories", "6"), CultureInfo.InvariantCulture);
        int periods = int.Parse(options.GetValueOrDefault("--periods", "12"), CultureInfo.InvariantCulture);

        var network = new CorridorInstanceGenerator(categories, periods, seed).Generate(arcs);
        string[] comments =
        [
            "Corridor-shaped min-cost-flow instance (Corridor.Bench gen-mcf)",
            $"target arcs {arcs}, seed {seed}, categories {categories}, periods {periods}",
            $"nodes {network.NodeCount}, arcs {network.ArcCount}",
        ];
        if (options.TryGetValue("--out", out var path))
        {
            using var file = new StreamWriter(path);
            DimacsWriter.WriteProblem(network, file, comments);
        }
        else
        {
            DimacsWriter.WriteProblem(network, stdout, comments);
        }
        stderr.WriteLine($"gen-mcf: {network.NodeCount} nodes, {network.ArcCount} arcs");
        return 0;
    }
}
