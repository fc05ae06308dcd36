using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

/// <summary>
/// Storage of one commodity (category, grade, piece mass) at one hub over consecutive periods. Stock held at the end
/// of period t passes node In(t) → stock arc → Out(t); Out(t) feeds deliveries in period t + 1 and carries the rest
/// to In(t + 1). Pickups enter In(t), so everything through a hub waits at least one period.
/// </summary>
internal readonly record struct HubChain(
    int Hub,
    int Grade,
    double UnitMassKg,
    double AreaPerUnitM2,
    int FirstPeriod,
    int LastPeriod,
    int FirstNode,
    int FirstStockArc)
{
    public int InNode(int period) => FirstNode + 2 * (period - FirstPeriod);
    public int OutNode(int period) => InNode(period) + 1;
    public int StockArc(int period) => FirstStockArc + 2 * (period - FirstPeriod);
    public int CarryArc(int period) => StockArc(period) + 1;
    public int Length => LastPeriod - FirstPeriod + 1;
}

/// <summary>Units picked up from a supply in one period and delivered to a demand in a later one, through one chain.</summary>
internal readonly record struct Parcel(int InArc, int OutArc, int Supply, int Demand, int Pickup, int Delivery, long Units);

/// <summary>Facts about a lot's routes, kept to explain why it stays unmatched.</summary>
[Flags]
internal enum RouteFlags : byte
{
    None = 0,
    TimeCompatible = 1,
    HasRoute = 2,
    WorthDirect = 4,
    WorthViaHub = 8,
}

/// <summary>
/// One category's single-commodity min-cost-flow network with what its arcs mean. Costs are milligrams CO2e per flow
/// unit. Node 0 is the slack (end of life on one side, new product on the other), then the supply lots, the demand
/// lots and the hub chains. Arcs come in blocks: end of life (one per supply), new product (one per demand), direct,
/// chain (stock and carry, interleaved), inbound (grouped by supply), outbound (grouped by demand), then direct arcs
/// added by pricing (from <see cref="PricedStart"/> to the end, in the order added).
/// </summary>
internal sealed class CategoryModel
{
    public required int Category { get; init; }
    public required int[] Supplies { get; init; }
    public required int[] Demands { get; init; }
    public required FlowNetwork Network { get; init; }
    public required HubChain[] Chains { get; init; }
    public required int DirectStart { get; init; }
    public required int ChainArcStart { get; init; }
    public required int InboundStart { get; init; }
    public required int OutboundStart { get; init; }

    /// <summary>For direct, inbound and outbound arcs (index − DirectStart): the local supply (direct, inbound) or demand (outbound).</summary>
    public required int[] ArcLot { get; set; }

    /// <summary>Direct: local demand; inbound and outbound: chain; chain arcs: chain.</summary>
    public required int[] ArcOther { get; set; }

    /// <summary>Direct: delivery period; inbound: pickup period; outbound: delivery period; chain arcs: period.</summary>
    public required int[] ArcPeriod { get; set; }

    public required int[] InboundOffsets { get; init; }
    public required int[] OutboundOffsets { get; init; }
    public required long[] EndOfLifeCostMg { get; init; }
    public required RouteFlags[] SupplyFlags { get; init; }
    public required RouteFlags[] DemandFlags { get; init; }

    /// <summary>Σ supply units: no arc ever carries more.</summary>
    public required long SupplyUnits { get; init; }

    /// <summary>Σ supply units × end-of-life cost: the objective of sending nothing anywhere.</summary>
    public required long BaselineMg { get; init; }

    /// <summary>CO2 reuse saves per m² of hub storage (embodied + end of life per tonne ÷ m² per tonne), for repair order.</summary>
    public required double SavingPerM2 { get; init; }

    /// <summary>Per stock arc (index into chain order): hub × period constraint, arc, m² per unit, cost without price.</summary>
    public required int[] StockConstraint { get; init; }
    public required int[] StockArcs { get; init; }
    public required double[] StockArea { get; init; }
    public required long[] StockBaseCost { get; init; }

    /// <summary>Inbound arcs per chain (CSR by chain, each chain's arcs by pickup period).</summary>
    public required int[] ChainInboundOffsets { get; init; }
    public required int[] ChainInbound { get; init; }

    /// <summary>Outbound arcs per chain (CSR by chain, each chain's arcs by delivery period).</summary>
    public required int[] ChainOutboundOffsets { get; init; }
    public required int[] ChainOutbound { get; init; }

    /// <summary>
    /// Splits a chain's flow into parcels, first in first out. Any split is valid: flow conservation on the chain
    /// means everything delivered by a period was picked up in an earlier one.
    /// </summary>
    public void Parcels(int chain, ReadOnlySpan<long> flows, List<Parcel> into)
    {
        int i = ChainInboundOffsets[chain], iEnd = ChainInboundOffsets[chain + 1];
        long headLeft = 0;
        for (int o = ChainOutboundOffsets[chain]; o < ChainOutboundOffsets[chain + 1]; o++)
        {
            int outArc = ChainOutbound[o];
            long left = flows[outArc];
            int delivery = ArcPeriod[outArc - DirectStart];
            while (left > 0)
            {
                while (headLeft == 0)
                {
                    if (i >= iEnd) throw new InvalidOperationException("Hub chain flow does not conserve stock.");
                    headLeft = flows[ChainInbound[i++]];
                }
                int inArc = ChainInbound[i - 1];
                int pickup = ArcPeriod[inArc - DirectStart];
                if (pickup >= delivery) throw new InvalidOperationException("Hub chain delivers before it picks up.");
                long take = Math.Min(left, headLeft);
                into.Add(new Parcel(inArc, outArc, ArcLot[inArc - DirectStart], ArcLot[outArc - DirectStart], pickup, delivery, take));
                left -= take;
                headLeft -= take;
            }
        }
    }

    /// <summary>Prices the direct pairs left out of a k-partner network; null when every pair was built.</summary>
    public CategoryBuilder.DirectPricer? Pricer { get; init; }

    /// <summary>First arc added by pricing: arcs [DirectStart, ChainArcStart) and [PricedStart, ArcCount) are direct.</summary>
    public required int PricedStart { get; init; }

    /// <summary>Direct arcs added by pricing so far.</summary>
    public int PricedArcs => Network.ArcCount - PricedStart;

    /// <summary>Appends direct arcs (found by <see cref="Pricer"/>) to the network and their meaning to the arc tables.</summary>
    public void AppendDirect(List<CategoryBuilder.Candidate> arcs)
    {
        int nS = Supplies.Length;
        int need = Network.ArcCount + arcs.Count - DirectStart;
        if (need > ArcLot.Length)
        {
            int size = Math.Max(need, ArcLot.Length + ArcLot.Length / 2);
            ArcLot = Grow(ArcLot, size);
            ArcOther = Grow(ArcOther, size);
            ArcPeriod = Grow(ArcPeriod, size);
        }
        foreach (var c in arcs)
        {
            int a = Network.AddArc(1 + c.Lot, 1 + nS + c.Other, 0, FlowNetwork.Infinite, c.Cost);
            (ArcLot[a - DirectStart], ArcOther[a - DirectStart], ArcPeriod[a - DirectStart]) = (c.Lot, c.Other, c.Period);
        }
    }

    static int[] Grow(int[] a, int size)
    {
        var b = new int[size];
        Array.Copy(a, b, a.Length);
        return b;
    }

    public int EndOfLifeArc(int local) => local;
    public int NewProductArc(int local) => Supplies.Length + local;
}
