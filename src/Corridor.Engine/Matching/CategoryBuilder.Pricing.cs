using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

internal sealed partial class CategoryBuilder
{
    /// <summary>
    /// Prices the direct pairs a k-partner network left out (docs/decisions/0014-k-partner-model-with-pricing.md).
    /// With node potentials π of an optimal flow, an omitted pair s→d has reduced cost cost + π(s) − π(d); the flow is
    /// optimal for the network with every pair exactly when none is negative. Demands are bucketed in cells with a
    /// centre and a radius (the farthest member), so by the triangle inequality every member is at least
    /// dist(s, centre) − radius away; a cell is skipped when even that distance, its best bonus and its highest
    /// potential leave no negative reduced cost, or when it is out of reach, grade or time.
    /// </summary>
    internal sealed class DirectPricer
    {
        const double MgPerKg = 1e6;

        readonly CategoryBuilder b;
        readonly int[] cellStart;
        readonly int[] cellMembers;
        readonly GeoPoint[] cellCentre;
        readonly double[] cellRadiusKm;
        readonly double[] cellBonusKgPerKg;
        readonly int[] cellFirst;
        readonly int[] cellLast;
        readonly int[] cellWorstGrade;
        readonly long[] cellPi;
        readonly GeoPoint[] supplyAt;
        readonly double[] supplyXyz;
        readonly double[] demandXyz;
        readonly long[] memberKey;

        public DirectPricer(CategoryBuilder builder, long allPairs)
        {
            b = builder;
            AllPairs = allPairs;
            var prepared = b.prepared;
            var points = b.demands.Select(d => prepared.Input.Demand[d].Location).ToArray();
            supplyAt = b.supplies.Select(s => prepared.Input.Supply[s].Location).ToArray();
            supplyXyz = UnitVectors(supplyAt);
            demandXyz = UnitVectors(points);
            memberKey = new long[points.Length];
            // Cells about a third of the reach wide: a few dozen to a few hundred per corridor.
            double cellKm = Math.Max(b.maxKm / b.detour / 3, 0.5);
            double maxAbsLat = points.Max(p => Math.Abs(p.Latitude));
            double cellLat = cellKm / 110.5, cellLon = cellKm / (111.33 * Math.Cos(Math.Min(maxAbsLat + 1, 89.9) * Math.PI / 180));
            var cells = new Dictionary<(long, long), List<int>>();
            for (int j = 0; j < points.Length; j++)
            {
                var key = ((long)Math.Floor(points[j].Latitude / cellLat), (long)Math.Floor(points[j].Longitude / cellLon));
                if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
                list.Add(j);
            }
            int n = cells.Count;
            cellStart = new int[n + 1];
            cellMembers = new int[points.Length];
            cellCentre = new GeoPoint[n];
            cellRadiusKm = new double[n];
            cellBonusKgPerKg = new double[n];
            cellFirst = new int[n];
            cellLast = new int[n];
            cellWorstGrade = new int[n];
            cellPi = new long[n];
            int c = 0, m = 0;
            foreach (var list in cells.OrderBy(x => x.Key).Select(x => x.Value))
            {
                double lat = 0, lon = 0;
                foreach (int j in list) { lat += points[j].Latitude; lon += points[j].Longitude; }
                var centre = new GeoPoint(lat / list.Count, lon / list.Count);
                double radius = 0, bonus = double.NegativeInfinity;
                int first = int.MaxValue, last = int.MinValue, worst = -1;
                foreach (int j in list)
                {
                    cellMembers[m++] = j;
                    radius = Math.Max(radius, centre.DistanceKmTo(points[j]));
                    ref readonly var d = ref prepared.Demand[b.demands[j]];
                    bonus = Math.Max(bonus, d.BonusKgPerKg);
                    first = Math.Min(first, d.Window.FirstPeriod);
                    last = Math.Max(last, d.Window.LastPeriod);
                    worst = Math.Max(worst, d.WorstGrade);
                }
                cellCentre[c] = centre;
                // Rounding in the distance formula: a metre of slack keeps the triangle inequality safe.
                cellRadiusKm[c] = radius * (1 + 1e-9) + 1e-3;
                cellBonusKgPerKg[c] = bonus;
                (cellFirst[c], cellLast[c], cellWorstGrade[c]) = (first, last, worst);
                cellStart[++c] = m;
            }
        }

        const double EarthRadiusKm = 6371.0088;

        // Points on the unit sphere: the chord between two is never longer than their great-circle arc, so
        // R × chord is a lower bound on the distance that costs no trigonometry per pair.
        static double[] UnitVectors(GeoPoint[] points)
        {
            var xyz = new double[3 * points.Length];
            for (int i = 0; i < points.Length; i++)
            {
                double lat = points[i].Latitude * Math.PI / 180, lon = points[i].Longitude * Math.PI / 180;
                xyz[3 * i] = Math.Cos(lat) * Math.Cos(lon);
                xyz[3 * i + 1] = Math.Cos(lat) * Math.Sin(lon);
                xyz[3 * i + 2] = Math.Sin(lat);
            }
            return xyz;
        }

        /// <summary>Compatible direct pairs of the category, built or not.</summary>
        public long AllPairs { get; }

        /// <summary>
        /// Adds to <paramref name="into"/> the omitted pairs with a negative reduced cost under <paramref name="pi"/>
        /// (the <paramref name="perSupply"/> most negative of each supply)
        /// (potentials of an optimal flow of the current network, node 1 + i for supply i, 1 + nS + j for demand j)
        /// and returns Σ reduced cost × the most the arc could carry (min of the two lots' units): adding that to the
        /// network's optimum gives a lower bound for the network with every pair even when the arcs are not added.
        /// </summary>
        public double Price(ReadOnlySpan<long> pi, List<Candidate> into, int perSupply = int.MaxValue)
        {
            var prepared = b.prepared;
            int nS = b.supplies.Length;
            // Members by potential, highest first: a supply's scan of a cell stops at the first that cannot pay.
            for (int c = 0; c < cellPi.Length; c++)
            {
                for (int x = cellStart[c]; x < cellStart[c + 1]; x++) memberKey[x] = -pi[1 + nS + cellMembers[x]];
                Array.Sort(memberKey, cellMembers, cellStart[c], cellStart[c + 1] - cellStart[c]);
                cellPi[c] = -memberKey[cellStart[c]];
            }
            double correction = 0;
            var found = new List<(long Reduced, Candidate Arc)>();
            for (int i = 0; i < nS; i++)
            {
                ref readonly var s = ref prepared.Supply[b.supplies[i]];
                long piS = pi[1 + i];
                double perKm = MgPerKg * Mass.KgToTonnes(s.UnitMassKg) * b.factorKgPerTonneKm * b.detour;
                double fixedMg = MgPerKg * (b.info.EmbodiedCo2eKgPerKg * s.UnitMassKg + b.reuseBonusKgPerKg * s.UnitMassKg);
                for (int c = 0; c < cellPi.Length; c++)
                {
                    if (cellWorstGrade[c] < s.Grade || cellLast[c] < s.Window.FirstPeriod || cellFirst[c] > s.Window.LastPeriod) continue;
                    double km = Math.Max(0, supplyAt[i].DistanceKmTo(cellCentre[c]) - cellRadiusKm[c]);
                    if (km * b.detour > b.maxKm * (1 + 1e-9)) continue;
                    // Lowest cost any member could have, against the largest potential difference in the cell.
                    double lowest = perKm * km - fixedMg - MgPerKg * s.UnitMassKg * cellBonusKgPerKg[c];
                    double margin = 1 + 1e-9 * Math.Abs(lowest);
                    if (lowest - margin >= (double)cellPi[c] - piS) continue;
                    double sx = supplyXyz[3 * i], sy = supplyXyz[3 * i + 1], sz = supplyXyz[3 * i + 2];
                    for (int x = cellStart[c]; x < cellStart[c + 1]; x++)
                    {
                        int j = cellMembers[x];
                        long diff = pi[1 + nS + j] - piS;
                        if (lowest - margin >= diff) break;
                        ref readonly var d = ref prepared.Demand[b.demands[j]];
                        if (d.WorstGrade < s.Grade || d.Window.LastPeriod < s.Window.FirstPeriod || d.Window.FirstPeriod > s.Window.LastPeriod) continue;
                        double ex = demandXyz[3 * j] - sx, ey = demandXyz[3 * j + 1] - sy, ez = demandXyz[3 * j + 2] - sz;
                        double chordKm = EarthRadiusKm * Math.Sqrt(ex * ex + ey * ey + ez * ez) * (1 - 1e-9);
                        double pairLowest = perKm * chordKm - fixedMg - MgPerKg * s.UnitMassKg * d.BonusKgPerKg;
                        if (pairLowest - (1 + 1e-9 * Math.Abs(pairLowest)) >= diff) continue;
                        if (!b.PairCost(i, j, out int period, out long cost) || cost >= diff) continue;
                        found.Add((cost - diff, new Candidate(i, j, period, cost)));
                        long units = Math.Min(s.Remaining, d.Remaining);
                        correction += (double)(cost - diff) * units;
                    }
                }
                // Partial pricing: the most negative few per supply and round, so a round never adds O(pairs) arcs
                // (potentials of a sparse network can make most pairs look attractive); exact all the same, as
                // pricing only stops when no pair is negative.
                if (found.Count > perSupply)
                {
                    found.Sort(static (x, y) => x.Reduced != y.Reduced ? x.Reduced.CompareTo(y.Reduced) : x.Arc.Other.CompareTo(y.Arc.Other));
                    found.RemoveRange(perSupply, found.Count - perSupply);
                }
                foreach (var (_, arc) in found) into.Add(arc);
                found.Clear();
            }
            return correction;
        }
    }
}
