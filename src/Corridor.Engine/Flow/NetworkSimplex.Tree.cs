using System.Runtime.CompilerServices;

namespace Corridor.Engine.Flow;

public sealed partial class NetworkSimplex
{
    // Replaces the leaving arc (above uOut) by the entering arc (uIn–vIn) in the spanning tree. The tree is kept as
    // parent/pred pointers plus a preorder "thread" list with reverse links, subtree sizes and last successors, so
    // the update costs time proportional to the re-hung stem and the moved subtree, not to the whole tree.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void UpdateTreeStructure()
    {
        int oldRevThread = revThread[uOut];
        int oldSuccNum = succNum[uOut];
        int oldLastSucc = lastSucc[uOut];
        int vOut = parent[uOut];

        if (uIn == uOut)
        {
            parent[uIn] = vIn;
            pred[uIn] = inArc;
            predDir[uIn] = uIn == source[inArc] ? DirUp : DirDown;

            // Move the subtree of uOut in the thread to just after vIn.
            if (thread[vIn] != uOut)
            {
                int after = thread[oldLastSucc];
                thread[oldRevThread] = after;
                revThread[after] = oldRevThread;
                after = thread[vIn];
                thread[vIn] = uOut;
                revThread[uOut] = vIn;
                thread[oldLastSucc] = after;
                revThread[after] = oldLastSucc;
            }
        }
        else
        {
            RehangStem(oldRevThread, oldLastSucc);
        }

        // Last successors from vIn up to the root now end with the moved subtree.
        int upLimitOut = lastSucc[join] == vIn ? join : -1;
        int lastSuccOut = lastSucc[uOut];
        for (int u = vIn; u != -1 && lastSucc[u] == vIn; u = parent[u]) lastSucc[u] = lastSuccOut;

        // Last successors from vOut up towards the join lost the moved subtree.
        if (join != oldRevThread && vIn != oldRevThread)
        {
            for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) lastSucc[u] = oldRevThread;
        }
        else if (lastSuccOut != oldLastSucc)
        {
            for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) lastSucc[u] = lastSuccOut;
        }

        for (int u = vIn; u != join; u = parent[u]) succNum[u] += oldSuccNum;
        for (int u = vOut; u != join; u = parent[u]) succNum[u] -= oldSuccNum;
    }

    // The general case: the stem is the tree path uIn → … → uOut. Each stem node becomes the child of the
    // previous one (uIn the child of vIn), reversing parent links, and its remaining subtree is spliced into the
    // thread right after it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void RehangStem(int oldRevThread, int oldLastSucc)
    {
        int oldSuccNum = succNum[uOut];
        int threadContinue = oldRevThread == vIn ? thread[oldLastSucc] : thread[vIn];

        int stem = uIn;
        int parStem = vIn;
        int last = lastSucc[uIn];
        int after = thread[last];
        int dirty = 0;
        thread[vIn] = uIn;
        dirtyRevs[dirty++] = vIn;
        while (stem != uOut)
        {
            int nextStem = parent[stem];
            thread[last] = nextStem;
            dirtyRevs[dirty++] = last;

            int before = revThread[stem];
            thread[before] = after;
            revThread[after] = before;

            parent[stem] = parStem;
            parStem = stem;
            stem = nextStem;

            // The part of the next stem's subtree left after removing the previous stem's subtree.
            last = lastSucc[stem] == lastSucc[parStem] ? revThread[parStem] : lastSucc[stem];
            after = thread[last];
        }
        parent[uOut] = parStem;
        thread[last] = threadContinue;
        revThread[threadContinue] = last;
        lastSucc[uOut] = last;

        if (oldRevThread != vIn)
        {
            thread[oldRevThread] = after;
            revThread[after] = oldRevThread;
        }
        for (int i = 0; i < dirty; i++)
        {
            int u = dirtyRevs[i];
            revThread[thread[u]] = u;
        }

        // Along the stem from uOut down to uIn: pred arcs shift one step and flip direction, subtree sizes and last
        // successors follow the reversal.
        int sizeAcc = 0;
        int lastAcc = lastSucc[uOut];
        for (int u = uOut, p = parent[u]; u != uIn; u = p, p = parent[u])
        {
            pred[u] = pred[p];
            predDir[u] = (sbyte)-predDir[p];
            sizeAcc += succNum[u] - succNum[p];
            succNum[u] = sizeAcc;
            lastSucc[p] = lastAcc;
        }
        pred[uIn] = inArc;
        predDir[uIn] = uIn == source[inArc] ? DirUp : DirDown;
        succNum[uIn] = oldSuccNum;
    }
}
