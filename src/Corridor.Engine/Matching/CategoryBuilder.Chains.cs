using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

internal sealed partial class CategoryBuilder
{
    /// <summary>Candidate hub chains of the category with their inbound (pickup) and outbound (delivery) arcs.</summary>
    sealed class ChainSet
    {
        readonly CategoryBuilder b;

        sealed class Draft(int hub, int grade, double unitMassKg, int periods)
        {
            public int Hub { get; } = hub;
            public int Grade { get; } = grade;
            public double UnitMassKg { get; } = unitMassKg;
            public bool[] PickupPossible { get; } = new bool[periods];
            public int FirstPeriod { get; set; } = int.MaxValue;
            public int LastDelivery { get; set; } = int.MinValue;
            public int Final { get; set; } = -1;
        }

        public ChainSet(CategoryBuilder builder, Leg[] supplyLegs, int[] supplyOffsets, Leg[] demandLegs, int[] demandOffsets)
        {
            b = builder;
            var prepared = b.prepared;
            int periods = b.timeline.Count;
            var drafts = new List<Draft>();
            var byKey = new Dictionary<(int, int, long), int>();
            var supplyDraft = new int[supplyLegs.Length];

            // Which hub periods could see a pickup (per commodity) or a delivery (per hub and grade).
            for (int i = 0; i < b.supplies.Length; i++)
            {
                ref readonly var s = ref prepared.Supply[b.supplies[i]];
                long grams = (long)Math.Round(Mass.FromKg(s.UnitMassKg).Grams);
                for (int l = supplyOffsets[i]; l < supplyOffsets[i + 1]; l++)
                {
                    int h = supplyLegs[l].Hub;
                    if (!byKey.TryGetValue((h, s.Grade, grams), out int k))
                    {
                        k = drafts.Count;
                        byKey.Add((h, s.Grade, grams), k);
                        drafts.Add(new Draft(h, s.Grade, s.UnitMassKg, periods));
                    }
                    supplyDraft[l] = k;
                    var (lo, hi) = PickupRange(s.Window, h);
                    for (int t = lo; t <= hi; t++) drafts[k].PickupPossible[t] = true;
                }
            }
            var deliveryPossible = new bool[prepared.Hubs.Length * 2 * periods];
            for (int j = 0; j < b.demands.Length; j++)
            {
                ref readonly var d = ref prepared.Demand[b.demands[j]];
                for (int l = demandOffsets[j]; l < demandOffsets[j + 1]; l++)
                {
                    int h = demandLegs[l].Hub;
                    var (lo, hi) = DeliveryRange(d.Window, h);
                    for (int g = 0; g <= d.WorstGrade; g++)
                    {
                        for (int t = lo; t <= hi; t++) deliveryPossible[(h * 2 + g) * periods + t] = true;
                    }
                }
            }

            // A pickup before the last possible period only pays when something can leave the hub the next period;
            // otherwise picking up later is as cheap and uses less area. Symmetrically for deliveries.
            var inbound = new List<Candidate>();
            for (int i = 0; i < b.supplies.Length; i++)
            {
                ref readonly var s = ref prepared.Supply[b.supplies[i]];
                double benefit = b.info.EmbodiedCo2eKgPerKg * s.UnitMassKg;
                double reuseBonus = b.reuseBonusKgPerKg * s.UnitMassKg;
                for (int l = supplyOffsets[i]; l < supplyOffsets[i + 1]; l++)
                {
                    var leg = supplyLegs[l];
                    var (lo, hi) = PickupRange(s.Window, leg.Hub);
                    if (lo > hi) continue;
                    long cost = Mg(Mass.KgToTonnes(s.UnitMassKg) * (leg.Km * b.factorKgPerTonneKm + prepared.Rules.HandlingCo2eKgPerTonne) - benefit - reuseBonus);
                    int deliveryRow = (leg.Hub * 2 + s.Grade) * periods;
                    for (int t = lo; t <= hi; t++)
                    {
                        if (t == hi || deliveryPossible[deliveryRow + t + 1]) inbound.Add(new Candidate(i, supplyDraft[l], t, cost));
                    }
                }
            }
            var draftsAtHub = new List<int>[prepared.Hubs.Length];
            for (int k = 0; k < drafts.Count; k++) (draftsAtHub[drafts[k].Hub] ??= []).Add(k);
            var outbound = new List<Candidate>();
            for (int j = 0; j < b.demands.Length; j++)
            {
                ref readonly var d = ref prepared.Demand[b.demands[j]];
                for (int l = demandOffsets[j]; l < demandOffsets[j + 1]; l++)
                {
                    var leg = demandLegs[l];
                    if (draftsAtHub[leg.Hub] is not { } atHub) continue;
                    var (lo, hi) = DeliveryRange(d.Window, leg.Hub);
                    foreach (int k in atHub)
                    {
                        var draft = drafts[k];
                        if (draft.Grade > d.WorstGrade) continue;
                        long cost = b.DeliveryMg(draft.UnitMassKg, leg.Km, d.BonusKgPerKg);
                        for (int t = lo; t <= hi; t++)
                        {
                            if (t == lo || draft.PickupPossible[t - 1]) outbound.Add(new Candidate(j, k, t, cost));
                        }
                    }
                }
            }

            // Each chain spans its earliest pickup to the period before its latest delivery; arcs outside are useless.
            foreach (var c in inbound) drafts[c.Other].FirstPeriod = Math.Min(drafts[c.Other].FirstPeriod, c.Period);
            foreach (var c in outbound) drafts[c.Other].LastDelivery = Math.Max(drafts[c.Other].LastDelivery, c.Period);
            foreach (var draft in drafts)
            {
                if (draft.FirstPeriod < draft.LastDelivery)
                {
                    draft.Final = Chains.Count;
                    Chains.Add(new HubChain(draft.Hub, draft.Grade, draft.UnitMassKg, 0, draft.FirstPeriod, draft.LastDelivery - 1, 0, 0));
                }
            }
            foreach (var c in inbound)
            {
                var draft = drafts[c.Other];
                if (draft.Final >= 0 && c.Period < draft.LastDelivery) Inbound.Add(c with { Other = draft.Final });
            }
            foreach (var c in outbound)
            {
                var draft = drafts[c.Other];
                if (draft.Final >= 0 && c.Period > draft.FirstPeriod) Outbound.Add(c with { Other = draft.Final });
            }
        }

        public List<HubChain> Chains { get; } = [];
        public List<Candidate> Inbound { get; } = [];
        public List<Candidate> Outbound { get; } = [];

        public long StockCostMg(double unitMassKg) =>
            Mg(Mass.KgToTonnes(unitMassKg) * b.prepared.Rules.StorageCo2eKgPerTonneDay * b.timeline.DaysPerPeriod);

        // Stock at the end of a pickup period must be deliverable in the next period while the hub is open.
        (int Lo, int Hi) PickupRange(in Window w, int hub) =>
            (Math.Max(w.FirstPeriod, b.prepared.Hubs[hub].FirstPeriod), Math.Min(w.LastPeriod, b.prepared.Hubs[hub].LastPeriod - 1));

        (int Lo, int Hi) DeliveryRange(in Window w, int hub) =>
            (Math.Max(w.FirstPeriod, b.prepared.Hubs[hub].FirstPeriod + 1), Math.Min(w.LastPeriod, b.prepared.Hubs[hub].LastPeriod));

        /// <summary>
        /// Marks lots with a hub route, and with one that beats the end-of-life route: cheapest pickup + one period of
        /// storage + cheapest delivery after it.
        /// </summary>
        public void MarkWorth(RouteFlags[] supplyFlags, RouteFlags[] demandFlags, long[] eolCost)
        {
            var cheapestDeliveryFrom = Chains.Select(c => Fill(c.Length, long.MaxValue)).ToArray();
            var cheapestPickupUntil = Chains.Select(c => Fill(c.Length, long.MaxValue)).ToArray();
            foreach (var c in Outbound)
            {
                ref long v = ref cheapestDeliveryFrom[c.Other][c.Period - 1 - Chains[c.Other].FirstPeriod];
                v = Math.Min(v, c.Cost);
            }
            foreach (var c in Inbound)
            {
                ref long v = ref cheapestPickupUntil[c.Other][c.Period - Chains[c.Other].FirstPeriod];
                v = Math.Min(v, c.Cost - eolCost[c.Lot]);
            }
            for (int k = 0; k < Chains.Count; k++)
            {
                var after = cheapestDeliveryFrom[k];
                for (int x = after.Length - 2; x >= 0; x--) after[x] = Math.Min(after[x], after[x + 1]);
                var before = cheapestPickupUntil[k];
                for (int x = 1; x < before.Length; x++) before[x] = Math.Min(before[x], before[x - 1]);
            }
            foreach (var c in Inbound)
            {
                long stock = StockCostMg(Chains[c.Other].UnitMassKg);
                long best = cheapestDeliveryFrom[c.Other][c.Period - Chains[c.Other].FirstPeriod];
                supplyFlags[c.Lot] |= RouteFlags.HasRoute;
                if (best != long.MaxValue && c.Cost + stock + best < eolCost[c.Lot]) supplyFlags[c.Lot] |= RouteFlags.WorthViaHub;
            }
            foreach (var c in Outbound)
            {
                long stock = StockCostMg(Chains[c.Other].UnitMassKg);
                long best = cheapestPickupUntil[c.Other][c.Period - 1 - Chains[c.Other].FirstPeriod];
                demandFlags[c.Lot] |= RouteFlags.HasRoute;
                if (best != long.MaxValue && c.Cost + stock + best < 0) demandFlags[c.Lot] |= RouteFlags.WorthViaHub;
            }
        }

        static long[] Fill(int length, long value)
        {
            var a = new long[length];
            Array.Fill(a, value);
            return a;
        }
    }
}
