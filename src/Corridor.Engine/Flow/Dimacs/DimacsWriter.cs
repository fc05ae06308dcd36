using System.Runtime.CompilerServices;

namespace Corridor.Engine.Flow.Dimacs;

/// <summary>
/// Writes DIMACS min-cost-flow problems and solutions. Node ids are written 1-based; unbounded capacities as -1.
/// Output is formatted into a local buffer and handed to the writer in large chunks, so an auto-flushing writer
/// such as the console does not cost a system call per line.
/// </summary>
public static class DimacsWriter
{
    /// <summary>
    /// Writes <paramref name="network"/> as a <c>p min</c> problem: the comment lines, the <c>p</c> line, an
    /// <c>n</c> line for each node with non-zero supply, and an <c>a</c> line per arc in arc order. Reading it back
    /// with <c>DimacsReader.Read</c> gives the same network.
    /// </summary>
    /// <param name="comments">Written as <c>c</c> lines first; embedded line breaks start new comment lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> or <paramref name="writer"/> is null.</exception>
    /// <param name="network">The network to write.</param>
    /// <param name="writer">Where the text goes.</param>
    public static void WriteProblem(FlowNetwork network, TextWriter writer, IEnumerable<string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var output = new ChunkedWriter(writer);
        foreach (var comment in comments ?? [])
        {
            foreach (var line in comment.ReplaceLineEndings("\n").Split('\n'))
            {
                output.Append(line.Length == 0 ? "c" : "c ");
                output.Append(line);
                output.EndLine();
            }
        }
        output.Append("p min ");
        output.Append(network.NodeCount);
        output.Append(' ');
        output.Append(network.ArcCount);
        output.EndLine();
        var supplies = network.Supplies;
        for (int u = 0; u < supplies.Length; u++)
        {
            if (supplies[u] == 0) continue;
            output.Append("n ");
            output.Append(u + 1L);
            output.Append(' ');
            output.Append(supplies[u]);
            output.EndLine();
        }
        var tails = network.Tails;
        var heads = network.Heads;
        var lowers = network.LowerBounds;
        var capacities = network.Capacities;
        var costs = network.Costs;
        for (int a = 0; a < tails.Length; a++)
        {
            output.Append("a ");
            output.Append(tails[a] + 1L);
            output.Append(' ');
            output.Append(heads[a] + 1L);
            output.Append(' ');
            output.Append(lowers[a]);
            output.Append(' ');
            output.Append(capacities[a] == FlowNetwork.Infinite ? -1 : capacities[a]);
            output.Append(' ');
            output.Append(costs[a]);
            output.EndLine();
        }
        output.Flush();
    }

    /// <summary>
    /// Writes an optimal <paramref name="solution"/> of <paramref name="network"/>: <c>s COST</c>, then
    /// <c>f FROM TO FLOW</c> for every arc with non-zero flow, in arc order, one line per parallel arc.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The solution is not optimal, or does not have the network's arc count.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteSolution(FlowNetwork network, FlowSolution solution, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(writer);
        if (!solution.IsOptimal)
            throw new ArgumentException($"Only an optimal solution can be written; this one is {solution.Status}.", nameof(solution));
        var flows = solution.Flows;
        if (flows.Length != network.ArcCount)
            throw new ArgumentException($"The solution has {flows.Length} arcs, the network {network.ArcCount}.", nameof(solution));
        var output = new ChunkedWriter(writer);
        output.Append("s ");
        output.Append(solution.TotalCost);
        output.EndLine();
        var tails = network.Tails;
        var heads = network.Heads;
        for (int a = 0; a < flows.Length; a++)
        {
            if (flows[a] == 0) continue;
            output.Append("f ");
            output.Append(tails[a] + 1L);
            output.Append(' ');
            output.Append(heads[a] + 1L);
            output.Append(' ');
            output.Append(flows[a]);
            output.EndLine();
        }
        output.Flush();
    }

    sealed class ChunkedWriter(TextWriter writer)
    {
        const int ChunkSize = 1 << 16;
        readonly char[] buffer = new char[ChunkSize];
        int length;

        public void Append(char c)
        {
            Reserve(1);
            buffer[length++] = c;
        }

        public void Append(string s)
        {
            if (s.Length > ChunkSize / 2)
            {
                Flush();
                writer.Write(s);
                return;
            }
            Reserve(s.Length);
            s.CopyTo(buffer.AsSpan(length));
            length += s.Length;
        }

        public void Append(long value)
        {
            Reserve(20);
            value.TryFormat(buffer.AsSpan(length), out int written, default, System.Globalization.CultureInfo.InvariantCulture);
            length += written;
        }

        public void EndLine() => Append('\n');

        public void Flush()
        {
            if (length > 0) writer.Write(buffer, 0, length);
            length = 0;
        }

        void Reserve(int count)
        {
            if (length + count > buffer.Length) Flush();
        }
    }
}
