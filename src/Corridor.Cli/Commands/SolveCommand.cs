using System.CommandLine;
using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor solve FILE.min</c>: solves a DIMACS min-cost-flow problem and prints the DIMACS solution. Exit codes:
/// 0 solved, 1 no optimum (infeasible or unbounded), 2 bad input or usage, 3 too large.
/// </summary>
internal static class SolveCommand
{
    /// <summary>An optimal solution was printed.</summary>
    public const int Optimal = 0;

    /// <summary>The problem has no feasible flow (including supplies that do not balance).</summary>
    public const int Infeasible = 1;

    /// <summary>The problem has a negative-cost cycle of unbounded capacity (same code as <see cref="Infeasible"/>: no optimum).</summary>
    public const int Unbounded = 1;

    /// <summary>Wrong arguments.</summary>
    public const int Usage = 2;

    /// <summary>The file is not valid DIMACS min-cost-flow text (the message gives the line).</summary>
    public const int Malformed = 2;

    /// <summary>The file does not exist or cannot be read.</summary>
    public const int NoInput = 2;

    /// <summary>
    /// The problem is above the size limits (<see cref="DimacsLimits"/>: the documented maxima of nodes and arcs, or more
    /// memory than the process has), refused before anything is allocated.
    /// </summary>
    public const int TooLarge = 3;

    /// <summary>Numbers too large for exact 64-bit arithmetic (same code as <see cref="TooLarge"/>).</summary>
    public const int Overflow = 3;

    public static readonly string Description =
        "Solve a DIMACS min-cost-flow problem (p min NODES ARCS; n and a lines) exactly and print the DIMACS solution (s COST, f lines).\n" +
        "Exit codes: 0 solved (optimal); 1 no optimum: infeasible or unbounded; 2 bad input or usage: a malformed or unreadable file; " +
        "3 too large: more than " + DimacsLimits.DefaultMaxNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) +
        " nodes or " + DimacsLimits.DefaultMaxArcs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) +
        " arcs, more memory than is available (about " + DimacsLimits.BytesPerNode.ToString(System.Globalization.CultureInfo.InvariantCulture) +
        " bytes per node and per arc), or numbers beyond exact 64-bit arithmetic.";

    public static Command Build(CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(cx);
        var file = CliOptions.RejectOptions(new Argument<string>("FILE.min") { Description = "The DIMACS min-cost-flow problem." });
        var command = new Command("solve", Description) { file };
        command.SetAction(r => Run(r.GetValue(file)!, cx.Out, cx.Err));
        return command;
    }

    /// <summary>The limits <c>corridor solve</c> applies: the documented maxima and the memory this process may use.</summary>
    public static DimacsLimits Limits() => DimacsLimits.ForMemory(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        FlowNetwork network;
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
            network = DimacsReader.Read(reader, Limits());
        }
        catch (DimacsFormatException e)
        {
            stderr.WriteLine($"corridor solve: {path}: {e.Message}");
            return Malformed;
        }
        catch (DimacsTooLargeException e)
        {
            stderr.WriteLine($"corridor solve: {path}: {e.Message}");
            return TooLarge;
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
            stderr.WriteLine($"corridor solve: {path}: too large: {e.Message}");
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
