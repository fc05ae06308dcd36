using System.Globalization;
using System.Runtime.CompilerServices;

namespace Corridor.Engine.Flow.Dimacs;

/// <summary>
/// Reads the DIMACS min-cost-flow format: <c>c</c> comment lines, one <c>p min NODES ARCS</c> line, then
/// <c>n ID FLOW</c> node lines (positive supply, negative demand) and <c>a SRC DST LOW CAP COST</c> arc lines.
/// Node ids are 1-based in the text and 0-based in the returned <see cref="FlowNetwork"/>; arcs keep input order.
/// A capacity of -1 means unbounded (<see cref="FlowNetwork.Infinite"/>), as LEMON writes it.
/// </summary>
public static class DimacsReader
{
    /// <summary>Parses a whole DIMACS min-cost-flow problem from <paramref name="reader"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DimacsFormatException">
    /// The text is malformed: unknown line type, wrong field count or non-integer field, missing or repeated
    /// <c>p</c> line, node id out of range, repeated node line, capacity below lower bound, or an arc count different
    /// from the one declared.
    /// </exception>
    /// <exception cref="DimacsTooLargeException">The problem is above <see cref="DimacsLimits.Default"/>.</exception>
    public static FlowNetwork Read(TextReader reader) => Read(reader, DimacsLimits.Default);

    /// <summary>
    /// Parses a whole DIMACS min-cost-flow problem from <paramref name="reader"/>, refusing one above <paramref name="limits"/>
    /// (checked on the <c>p</c> line, before anything is allocated).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DimacsFormatException">The text is malformed (see <see cref="Read(TextReader)"/>).</exception>
    /// <exception cref="DimacsTooLargeException">The <c>p</c> line declares more nodes, arcs or memory than the limits allow.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FlowNetwork Read(TextReader reader, DimacsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        var state = new ParseState { Limits = limits };
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ParseLine(line.AsSpan(), lineNumber, ref state);
        }
        if (state.Network is not { } network)
            throw new DimacsFormatException(Math.Max(lineNumber, 1), "missing 'p min NODES ARCS' line.");
        if (network.ArcCount != state.DeclaredArcs)
            throw new DimacsFormatException(
                state.ProblemLine,
                $"the 'p' line declares {state.DeclaredArcs} arcs but the file has {network.ArcCount}.");
        return network;
    }

    struct ParseState
    {
        public FlowNetwork? Network;
        public int ProblemLine;
        public long DeclaredArcs;
        public bool[]? HasSupply;
        public DimacsLimits Limits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void ParseLine(ReadOnlySpan<char> line, int lineNumber, ref ParseState state)
    {
        var fields = new Fields(line, lineNumber);
        if (!fields.TryNext(out var kind) || kind[0] == 'c' && kind.Length == 1) return;
        if (kind.Length != 1) throw Error(lineNumber, $"unknown line type '{kind}'.");
        switch (kind[0])
        {
            case 'p':
                ParseProblem(ref fields, lineNumber, ref state);
                break;
            case 'n':
                ParseNode(ref fields, lineNumber, ref state);
                break;
            case 'a':
                ParseArc(ref fields, lineNumber, ref state);
                break;
            default:
                throw Error(lineNumber, $"unknown line type '{kind}'.");
        }
        fields.ExpectEnd();
    }

    static void ParseProblem(ref Fields fields, int lineNumber, ref ParseState state)
    {
        if (state.Network is not null)
            throw Error(lineNumber, $"second 'p' line (the first is on line {state.ProblemLine}).");
        if (!fields.TryNext(out var type) || !type.SequenceEqual("min"))
            throw Error(lineNumber, "expected 'p min NODES ARCS'; only min-cost-flow problems are supported.");
        long nodes = fields.Integer("NODES");
        long arcs = fields.Integer("ARCS");
        if (nodes < 0) throw Error(lineNumber, $"NODES must not be negative, not {nodes}.");
        if (arcs < 0) throw Error(lineNumber, $"ARCS must not be negative, not {arcs}.");
        if (state.Limits.Check(nodes, arcs) is { } tooLarge) throw new DimacsTooLargeException(lineNumber, nodes, arcs, tooLarge);
        if (nodes is < 0 or > int.MaxValue - 1) throw Error(lineNumber, $"NODES must be between 0 and {int.MaxValue - 1}, not {nodes}.");
        if (arcs is < 0 or > int.MaxValue) throw Error(lineNumber, $"ARCS must be between 0 and {int.MaxValue}, not {arcs}.");
        var network = new FlowNetwork(0, (int)Math.Min(arcs, 1 << 24));
        network.AddNodes((int)nodes);
        state.Network = network;
        state.ProblemLine = lineNumber;
        state.DeclaredArcs = arcs;
        state.HasSupply = new bool[nodes];
    }

    static void ParseNode(ref Fields fields, int lineNumber, ref ParseState state)
    {
        var network = RequireProblem(lineNumber, state);
        int node = NodeId(ref fields, network, "ID");
        long supply = fields.Integer("FLOW");
        if (supply == long.MinValue) throw Error(lineNumber, "FLOW is out of range.");
        if (state.HasSupply![node]) throw Error(lineNumber, $"node {node + 1} already has an 'n' line.");
        state.HasSupply[node] = true;
        network.SetSupply(node, supply);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void ParseArc(ref Fields fields, int lineNumber, ref ParseState state)
    {
        var network = RequireProblem(lineNumber, state);
        int from = NodeId(ref fields, network, "SRC");
        int to = NodeId(ref fields, network, "DST");
        long low = fields.Integer("LOW");
        long capacity = fields.Integer("CAP");
        long cost = fields.Integer("COST");
        if (network.ArcCount >= state.DeclaredArcs)
            throw Error(lineNumber, $"more arcs than the {state.DeclaredArcs} declared on line {state.ProblemLine}.");
        if (capacity == -1) capacity = FlowNetwork.Infinite;
        if (low is long.MinValue or FlowNetwork.Infinite) throw Error(lineNumber, "LOW is out of range.");
        if (capacity < low) throw Error(lineNumber, $"CAP {capacity} is below LOW {low}.");
        if (cost == long.MinValue) throw Error(lineNumber, "COST is out of range.");
        network.AddArc(from, to, low, capacity, cost);
    }

    static FlowNetwork RequireProblem(int lineNumber, ParseState state) =>
        state.Network ?? throw Error(lineNumber, "node or arc line before the 'p min NODES ARCS' line.");

    static int NodeId(ref Fields fields, FlowNetwork network, string name)
    {
        long id = fields.Integer(name);
        if (id < 1 || id > network.NodeCount)
            throw Error(fields.LineNumber, $"{name} {id} is not a node id (1..{network.NodeCount}).");
        return (int)id - 1;
    }

    static DimacsFormatException Error(int lineNumber, string message) => new(lineNumber, message);

    ref struct Fields(ReadOnlySpan<char> line, int lineNumber)
    {
        ReadOnlySpan<char> rest = line;

        public readonly int LineNumber => lineNumber;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryNext(out ReadOnlySpan<char> field)
        {
            rest = rest.TrimStart();
            if (rest.IsEmpty)
            {
                field = default;
                return false;
            }
            int end = rest.IndexOfAny(' ', '\t', '\r');
            if (end < 0) end = rest.Length;
            field = rest[..end];
            rest = rest[end..];
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long Integer(string name)
        {
            if (!TryNext(out var field)) throw Error(lineNumber, $"missing {name}.");
            if (!long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
                throw Error(lineNumber, $"{name} must be a 64-bit integer, not '{field}'.");
            return value;
        }

        public void ExpectEnd()
        {
            if (TryNext(out var extra)) throw Error(lineNumber, $"unexpected extra field '{extra}'.");
        }
    }
}
