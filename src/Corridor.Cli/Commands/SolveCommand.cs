using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;

namespace Corridor.Cli.Commands;

/// <summary><c>corridor solve FILE.min</c>: solves a DIMACS min-cost-flow problem and prints the DIMACS solution.</summary>
public static class SolveCommand
{
    /// <summary>An optimal solution was printed.</summary>
    public const int Optimal = 0;

    /// <summary>Wrong arguments.</summary>
    public const int Usage = 2;

    /// <summary>The problem has no feasible flow (including supplies that do not balance).</summary>
    public const int Infeasible = 10;

    /// <summary>The problem has a negative-cost cycle of unbounded capacity.</summary>
    public const int Unbounded = 11;

    /// <summary>Numbers too large for exact 64-bit arithmetic.</summary>
    public const int Overflow = 12;

    /// <summary>The file is not valid DIMACS min-cost-flow text (the message gives the line).</summary>
    public const int Malformed = 65;

    /// <summary>The file does not exist or cannot be read.</summary>
    public const int NoInput = 66;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine("usage: corridor solve FILE.min");
            return Usage;
        }
        string path = args[0];
        FlowNetwork network;
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
            network = DimacsReader.Read(reader);
        }
        catch (DimacsFormatException e)
        {
            stderr.WriteLine($"corridor solve: {path}: {e.Message}");
            return Malformed;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            stderr.WriteLine($"corridor solve: cannot read '{path}': {e.Message}");
            return NoInput;
        }

        FlowSolution solution;
        try
        {
            solution = NetworkSimplex.Solve(network);
        }
        catch (OverflowException e)
        {
            stderr.WriteLine($"corridor solve: {path}: {e.Message}");
            return Overflow;
        }
        switch (solution.Status)
        {
            case FlowStatus.Optimal:
                DimacsWriter.WriteSolution(network, solution, stdout);
                stdout.Flush();
                return Optimal;
            case FlowStatus.Infeasible:
                stderr.WriteLine($"corridor solve: {path}: infeasible: no flow meets every supply, demand and bound.");
                return Infeasible;
            default:
                stderr.WriteLine($"corridor solve: {path}: unbounded: a negative-cost cycle has unlimited capacity.");
                return Unbounded;
        }
    }
}
