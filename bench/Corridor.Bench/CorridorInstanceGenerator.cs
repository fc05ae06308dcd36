using Corridor.Engine.Flow;

namespace Corridor.Bench;

/// <summary>
/// Deterministic generator of corridor-shaped min-cost-flow instances. Each material category is an independent
/// sub-network: donor sites (supply, released in one period) ship to nearby hubs or straight to receivers; hubs are
/// time-expanded (one node per period) with storage arcs along each hub's chain and transfer arcs to nearby hubs;
/// receivers (demand, needed in one period) are served from nearby hubs or from virgin material; unmatched donor
/// material goes to landfill. Costs are distance-based in cost units per tonne.
/// </summary>
internal sealed class CorridorInstanceGenerator(int categories, int periods, ulong seed)
{
    const int HubsPerDonor = 3;
    const int ReceiversPerDonor = 3;
    const int HubsPerReceiver = 3;
    const int TransfersPerHub = 2;
    const double MapKm = 1000;
    const long VirginCost = 3000;
    const long LandfillCost = 2500;
    const long StorageCostPerPeriod = 4;

    ulong state = seed;

    /// <summary>Sizes the categories so the whole network has roughly <paramref name="targetArcs"/> arcs.</summary>
    public FlowNetwork Generate(int targetArcs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetArcs, 100);
        double perCategory = (double)targetArcs / categories;
        // Donors and receivers add about 6.2 arcs each (direct reuse needs a compatible period), every hub node about 3: keep about a tenth of the arcs in hub chains.
        int hubs = Math.Max(3, (int)(perCategory * 0.1 / (3 * periods)));
        int sites = Math.Max(4, (int)(perCategory * 0.9 / 12.4));
        var network = new FlowNetwork(categories * (2 * sites + hubs * periods + 2), targetArcs + targetArcs / 10);
        for (int c = 0; c < categories; c++) AddCategory(network, hubs, sites, sites);
        return network;
    }

    void AddCategory(FlowNetwork network, int hubCount, int donorCount, int receiverCount)
    {
        var hubAt = RandomPoints(hubCount);
        var donorAt = RandomPoints(donorCount);
        var receiverAt = RandomPoints(receiverCount);
        int firstHubNode = network.AddNodes(hubCount * periods);
        int HubNode(int hub, int period) => firstHubNode + hub * periods + period;
        int virgin = network.AddNode();
        int landfill = network.AddNode();

        for (int h = 0; h < hubCount; h++)
        {
            long capacity = 500 + (long)(Next() % 4500);
            var neighbours = Nearest(hubAt[h], hubAt, TransfersPerHub + 1).Where(n => n != h).Take(TransfersPerHub).ToArray();
            for (int t = 0; t + 1 < periods; t++)
            {
                network.AddArc(HubNode(h, t), HubNode(h, t + 1), 0, capacity, StorageCostPerPeriod);
                foreach (int n in neighbours)
                    network.AddArc(HubNode(h, t), HubNode(n, t + 1), 0, FlowNetwork.Infinite, Cost(hubAt[h], hubAt[n]) + StorageCostPerPeriod);
            }
        }

        long totalSupply = 0, totalDemand = 0;
        var receiverPeriod = new int[receiverCount];
        var receiverNode = new int[receiverCount];
        for (int r = 0; r < receiverCount; r++)
        {
            long demand = 1 + (long)(Next() % 100);
            totalDemand += demand;
            receiverPeriod[r] = (int)(Next() % (ulong)periods);
            receiverNode[r] = network.AddNode(-demand);
            foreach (int h in Nearest(receiverAt[r], hubAt, HubsPerReceiver))
            {
                long cost = Cost(hubAt[h], receiverAt[r]);
                network.AddArc(HubNode(h, receiverPeriod[r]), receiverNode[r], 0, demand, cost);
                if (receiverPeriod[r] > 0) network.AddArc(HubNode(h, receiverPeriod[r] - 1), receiverNode[r], 0, demand, cost + 2 * StorageCostPerPeriod);
            }
            network.AddArc(virgin, receiverNode[r], 0, FlowNetwork.Infinite, VirginCost + (long)(Next() % 200));
        }

        for (int d = 0; d < donorCount; d++)
        {
            long supply = 1 + (long)(Next() % 100);
            totalSupply += supply;
            int release = (int)(Next() % (ulong)periods);
            int donor = network.AddNode(supply);
            foreach (int h in Nearest(donorAt[d], hubAt, HubsPerDonor))
                network.AddArc(donor, HubNode(h, release), 0, supply, Cost(donorAt[d], hubAt[h]));
            // Direct reuse only makes sense when the receiver needs the material at the release period or later.
            foreach (int r in Nearest(donorAt[d], receiverAt, ReceiversPerDonor))
            {
                long wait = Math.Max(0, receiverPeriod[r] - release) * StorageCostPerPeriod * 3;
                if (receiverPeriod[r] >= release) network.AddArc(donor, receiverNode[r], 0, FlowNetwork.Infinite, Cost(donorAt[d], receiverAt[r]) + wait);
            }
            network.AddArc(donor, landfill, 0, FlowNetwork.Infinite, LandfillCost - (long)(Next() % 200));
        }

        network.SetSupply(virgin, totalDemand);
        network.SetSupply(landfill, -totalSupply);
        network.AddArc(virgin, landfill, 0, FlowNetwork.Infinite, 0);
    }

    static long Cost((double X, double Y) a, (double X, double Y) b)
    {
        double km = Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
        return 20 + (long)(km * 2.5);
    }

    static int[] Nearest((double X, double Y) from, (double X, double Y)[] points, int count)
    {
        count = Math.Min(count, points.Length);
        var best = new int[count];
        var bestDist = new double[count];
        Array.Fill(bestDist, double.MaxValue);
        for (int i = 0; i < points.Length; i++)
        {
            double d = (points[i].X - from.X) * (points[i].X - from.X) + (points[i].Y - from.Y) * (points[i].Y - from.Y);
            if (d >= bestDist[count - 1]) continue;
            int k = count - 1;
            for (; k > 0 && bestDist[k - 1] > d; k--)
            {
                bestDist[k] = bestDist[k - 1];
                best[k] = best[k - 1];
            }
            bestDist[k] = d;
            best[k] = i;
        }
        return best;
    }

    (double X, double Y)[] RandomPoints(int count)
    {
        var points = new (double X, double Y)[count];
        for (int i = 0; i < count; i++) points[i] = (Unit() * MapKm, Unit() * MapKm);
        return points;
    }

    double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    // SplitMix64: tiny, fast and fully specified, so a seed means the same instance on every runtime.
    ulong Next()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
