using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Corridor.Engine.Flow;

public sealed partial class NetworkSimplex
{
    const int MinBlockSize = 10;
    const int CancellationCheckMask = 0x3FF;

    int blockSize;
    int nextArc;

    // State of the pivot in progress.
    int inArc;
    int join;
    int uIn;
    int vIn;
    int uOut;
    long delta;

    // Returns false when an entering arc closes a negative cycle of infinite capacity (unbounded).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool RunPivots(ref long pivots, CancellationToken cancellationToken)
    {
        while (FindEnteringArc())
        {
            if ((++pivots & CancellationCheckMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!Pivot()) return false;
        }
        return true;
    }

    bool Pivot()
    {
        FindJoinNode();
        bool change = FindLeavingArc();
        if (delta == Inf) return false;
        ChangeFlow(change);
        if (change)
        {
            UpdateTreeStructure();
            UpdatePotential();
        }
        return true;
    }

    // Block search: scan the real arcs cyclically in blocks of about √m and take the most negative reduced cost
    // of the first block that has any. Cheap per pivot yet far fewer pivots than first-eligible. This loop and the
    // potential update dominate the run time, hence the unchecked element access (indices are tree invariants).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool FindEnteringArc()
    {
        ref sbyte st = ref MemoryMarshal.GetArrayDataReference(state);
        ref long c = ref MemoryMarshal.GetArrayDataReference(cost);
        ref int src = ref MemoryMarshal.GetArrayDataReference(source);
        ref int tgt = ref MemoryMarshal.GetArrayDataReference(target);
        ref long p = ref MemoryMarshal.GetArrayDataReference(pi);
        long min = 0;
        int best = -1;
        int count = blockSize;
        int e = nextArc;
        for (int pass = 0; pass < 2; pass++)
        {
            int end = pass == 0 ? arcCount : nextArc;
            for (; e < end; e++)
            {
                long reduced = Unsafe.Add(ref st, e) *
                    (Unsafe.Add(ref c, e) + Unsafe.Add(ref p, Unsafe.Add(ref src, e)) - Unsafe.Add(ref p, Unsafe.Add(ref tgt, e)));
                if (reduced < min)
                {
                    min = reduced;
                    best = e;
                }
                if (--count == 0)
                {
                    if (best >= 0)
                    {
                        inArc = best;
                        nextArc = e + 1 == arcCount ? 0 : e + 1;
                        return true;
                    }
                    count = blockSize;
                }
            }
            e = 0;
        }
        if (best < 0) return false;
        inArc = best;
        nextArc = 0;
        return true;
    }

    // The apex of the cycle the entering arc closes: climb from the side with the smaller subtree.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void FindJoinNode()
    {
        int u = source[inArc];
        int v = target[inArc];
        while (u != v)
        {
            if (succNum[u] < succNum[v]) u = parent[u];
            else v = parent[v];
        }
        join = u;
    }

    // Finds the blocking arc of the cycle and the flow change delta (Inf if none blocks). Ties go to the last
    // blocking arc met in the cycle's direction after the apex, which keeps the tree strongly feasible and so
    // rules out cycling under degeneracy. Returns false when the entering arc itself blocks (it just flips bound).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool FindLeavingArc()
    {
        int first, second;
        if (state[inArc] == StateLower)
        {
            first = source[inArc];
            second = target[inArc];
        }
        else
        {
            first = target[inArc];
            second = source[inArc];
        }
        delta = cap[inArc];
        int result = 0;
        for (int u = first; u != join; u = parent[u])
        {
            int e = pred[u];
            long d = flow[e];
            if (predDir[u] == DirDown) d = cap[e] == Inf ? Inf : cap[e] - d;
            if (d < delta)
            {
                delta = d;
                uOut = u;
                result = 1;
            }
        }
        for (int u = second; u != join; u = parent[u])
        {
            int e = pred[u];
            long d = flow[e];
            if (predDir[u] == DirUp) d = cap[e] == Inf ? Inf : cap[e] - d;
            if (d <= delta)
            {
                delta = d;
                uOut = u;
                result = 2;
            }
        }
        if (result == 1)
        {
            uIn = first;
            vIn = second;
        }
        else
        {
            uIn = second;
            vIn = first;
        }
        return result != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void ChangeFlow(bool change)
    {
        if (delta > 0)
        {
            long val = state[inArc] * delta;
            flow[inArc] += val;
            for (int u = source[inArc]; u != join; u = parent[u]) flow[pred[u]] -= predDir[u] * val;
            for (int u = target[inArc]; u != join; u = parent[u]) flow[pred[u]] += predDir[u] * val;
        }
        if (change)
        {
            state[inArc] = StateTree;
            int leaving = pred[uOut];
            state[leaving] = flow[leaving] == 0 ? StateLower : StateUpper;
        }
        else
        {
            state[inArc] = (sbyte)-state[inArc];
        }
    }

    // The subtree below the leaving arc is re-hung from the entering arc: the potentials of all its nodes shift by
    // the same amount, found from the entering arc's zero reduced cost.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void UpdatePotential()
    {
        long sigma = pi[vIn] - pi[uIn] - predDir[uIn] * cost[inArc];
        int end = thread[lastSucc[uIn]];
        ref long p = ref MemoryMarshal.GetArrayDataReference(pi);
        ref int next = ref MemoryMarshal.GetArrayDataReference(thread);
        for (int u = uIn; u != end; u = Unsafe.Add(ref next, u)) Unsafe.Add(ref p, u) += sigma;
    }
}
