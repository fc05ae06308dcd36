using System.Runtime.CompilerServices;

namespace Corridor.Engine.Flow;

public sealed partial class NetworkSimplex
{
    // Copy with every cost zero: a feasibility check that cannot be unbounded.
    NetworkSimplex(NetworkSimplex other)
    {
        nodeCount = other.nodeCount;
        arcCount = other.arcCount;
        root = other.root;
        balanced = other.balanced;
        slotOfArc = other.slotOfArc;
        lowerOfArc = other.lowerOfArc;
        supply = other.supply;
        source = (int[])other.source.Clone();
        target = (int[])other.target.Clone();
        cap = (long[])other.cap.Clone();
        cost = new long[cap.Length];
        flow = new long[cap.Length];
        state = new sbyte[cap.Length];
        pi = new long[nodeCount + 1];
        parent = new int[nodeCount + 1];
        pred = new int[nodeCount + 1];
        predDir = new sbyte[nodeCount + 1];
        thread = new int[nodeCount + 1];
        revThread = new int[nodeCount + 1];
        succNum = new int[nodeCount + 1];
        lastSucc = new int[nodeCount + 1];
        dirtyRevs = new int[nodeCount + 1];
        blockSize = other.blockSize;
    }

    // Copies arcs into their slots with lower bounds shifted out (flow' = flow − lower, supplies adjusted), and
    // returns whether the supplies balance.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool Load(FlowNetwork network)
    {
        var tails = network.Tails;
        var heads = network.Heads;
        var capacities = network.Capacities;
        var costs = network.Costs;
        Int128 bound = 0;
        for (int a = 0; a < arcCount; a++)
        {
            int slot = slotOfArc[a];
            int u = tails[a], v = heads[a];
            long low = lowerOfArc[a];
            source[slot] = u;
            target[slot] = v;
            cost[slot] = costs[a];
            if (capacities[a] == FlowNetwork.Infinite)
            {
                cap[slot] = Inf;
            }
            else
            {
                cap[slot] = checked(capacities[a] - low);
                bound += cap[slot];
            }
            if (low != 0)
            {
                supply[u] = checked(supply[u] - low);
                supply[v] = checked(supply[v] + low);
            }
        }
        Int128 sum = 0;
        for (int u = 0; u < nodeCount; u++)
        {
            sum += supply[u];
            bound += Int128.Abs(supply[u]);
        }
        // Every basic flow is at most this bound, so flows stay exact and below the infinite-capacity marker.
        if (bound > MaxFlowBound)
            throw new OverflowException("Total supply plus finite capacities exceeds 2^62; flows could overflow.");
        return sum == 0;
    }

    // The starting tree: every node hangs from the artificial root by its own artificial arc, carrying the node's
    // supply towards the root or its demand away from it. Zero-flow arcs point up, which makes the tree strongly
    // feasible. Demand arcs cost the big-M artificial cost so any real route is cheaper.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void BuildInitialBasis(long artificialCost)
    {
        parent[root] = -1;
        pred[root] = -1;
        thread[root] = 0;
        revThread[0] = root;
        succNum[root] = nodeCount + 1;
        lastSucc[root] = root - 1;
        pi[root] = 0;
        Array.Clear(flow);
        Array.Fill(state, StateLower, 0, arcCount);
        for (int u = 0, e = arcCount; u < nodeCount; u++, e++)
        {
            parent[u] = root;
            pred[u] = e;
            thread[u] = u + 1;
            revThread[u + 1] = u;
            succNum[u] = 1;
            lastSucc[u] = u;
            cap[e] = Inf;
            state[e] = StateTree;
            if (supply[u] >= 0)
            {
                predDir[u] = DirUp;
                pi[u] = 0;
                source[e] = u;
                target[e] = root;
                flow[e] = supply[u];
                cost[e] = 0;
            }
            else
            {
                predDir[u] = DirDown;
                pi[u] = artificialCost;
                source[e] = root;
                target[e] = u;
                flow[e] = -supply[u];
                cost[e] = artificialCost;
            }
        }
        nextArc = 0;
    }

    void SetArtificialCosts(long artificialCost)
    {
        for (int e = arcCount; e < arcCount + nodeCount; e++)
        {
            cost[e] = source[e] == root ? artificialCost : 0;
        }
    }

    // Tree arcs have zero reduced cost; walking the thread (a preorder) sets each potential from its parent's.
    void RecomputePotentials()
    {
        pi[root] = 0;
        for (int u = thread[root]; u != root; u = thread[u])
        {
            long c = cost[pred[u]];
            pi[u] = predDir[u] == DirUp ? pi[parent[u]] - c : pi[parent[u]] + c;
        }
    }

    // Crash heuristic: bring the cheapest arc into each demand node before pricing starts, which replaces most
    // big-M artificial arcs quickly. Returns false if one of these pivots already proves the problem unbounded.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool InitialPivots(ref long pivots)
    {
        bool anySupply = false;
        for (int u = 0; u < nodeCount && !anySupply; u++) anySupply = supply[u] > 0;
        if (!anySupply) return true;

        var cheapest = new int[nodeCount];
        Array.Fill(cheapest, -1);
        for (int e = 0; e < arcCount; e++)
        {
            int v = target[e];
            if (supply[v] < 0 && (cheapest[v] < 0 || cost[e] < cost[cheapest[v]])) cheapest[v] = e;
        }
        for (int v = 0; v < nodeCount; v++)
        {
            int e = cheapest[v];
            if (e < 0 || state[e] * (cost[e] + pi[source[e]] - pi[target[e]]) >= 0) continue;
            inArc = e;
            pivots++;
            if (!Pivot()) return false;
        }
        return true;
    }
}
