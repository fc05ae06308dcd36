using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>A supply lot in flow units: pieces for piece categories, whole kg otherwise.</summary>
internal struct SupplyInfo
{
    public int Category;
    public UnmatchedReason? Excluded;
    public long Units;
    public long Remaining;
    public double UnitMassKg;
    public double QuantityPerUnit;
    public int Grade;
    public Window Window;
}

/// <summary>A demand lot in its category's flow units; <see cref="WorstGrade"/> 0 takes only A, 1 takes A and B.</summary>
internal struct DemandInfo
{
    public int Category;
    public UnmatchedReason? Excluded;
    public long Units;
    public long Remaining;
    public double UnitMassKg;
    public double QuantityPerUnit;
    public int WorstGrade;
    public Window Window;

    /// <summary>Virtual priority bonus, kg CO2e per kg delivered; 0 without priority.</summary>
    public double BonusKgPerKg;
}

internal readonly record struct HubInfo(GeoPoint Location, double AreaM2, bool[] Accepts, int FirstPeriod, int LastPeriod)
{
    public bool IsOpen => FirstPeriod <= LastPeriod;
}

internal readonly record struct FixedInfo(FixedFlow Flow, int Supply, int Demand, int Hub, long Units);

/// <summary>The input checked and converted to indices, flow units and periods; fixed flows taken off the lots.</summary>
internal sealed class PreparedInput
{
    const int GradeB = 1;

    public PreparedInput(MatchingInput input)
    {
        Input = input;
        Rules = input.Rules;
        Timeline = new Timeline(input.Horizon, Rules.Resolution);
        Categories = input.Categories;
        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < Categories.Count; c++)
        {
            if (!categoryIndex.TryAdd(Categories[c].Key, c))
                throw new ArgumentException($"Category '{Categories[c].Key}' is listed twice.", nameof(input));
        }
        IsPieces = Categories.Select(c => c.DefaultUnit == QuantityUnit.Pcs).ToArray();
        Supply = new SupplyInfo[input.Supply.Count];
        var supplyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Supply.Length; i++)
        {
            var lot = input.Supply[i];
            if (!supplyIndex.TryAdd(lot.Id, i)) throw new ArgumentException($"Supply lot '{lot.Id}' is listed twice.", nameof(input));
            Supply[i] = PrepareSupply(lot, categoryIndex);
        }
        Demand = new DemandInfo[input.Demand.Count];
        var demandIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < Demand.Length; j++)
        {
            var lot = input.Demand[j];
            if (!demandIndex.TryAdd(lot.Id, j)) throw new ArgumentException($"Demand lot '{lot.Id}' is listed twice.", nameof(input));
            Demand[j] = PrepareDemand(lot, categoryIndex);
        }
        var hubIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        Hubs = new HubInfo[input.Hubs.Count];
        for (int h = 0; h < Hubs.Length; h++)
        {
            var hub = input.Hubs[h];
            if (!hubIndex.TryAdd(hub.Code, h)) throw new ArgumentException($"Hub '{hub.Code}' is listed twice.", nameof(input));
            Hubs[h] = PrepareHub(hub, categoryIndex);
        }
        Reserved = new double[Hubs.Length * Timeline.Count];
        ReservedMassKg = new double[Hubs.Length * Timeline.Count];
        Fixed = Rules.FixedFlows.Select(f => PrepareFixed(f, supplyIndex, demandIndex, hubIndex)).ToArray();
        ReuseBonusKgPerKg = Rules.ReuseBeforeRecycling ? MatchingRules.ReuseBonusCo2eKgPerKg : 0;
        HasPriorities = Demand.Any(d => d.BonusKgPerKg > 0);
    }

    public MatchingInput Input { get; }
    public MatchingRules Rules { get; }
    public Timeline Timeline { get; }
    public IReadOnlyList<MaterialCategory> Categories { get; }
    public bool[] IsPieces { get; }
    public SupplyInfo[] Supply { get; }
    public DemandInfo[] Demand { get; }
    public HubInfo[] Hubs { get; }
    public FixedInfo[] Fixed { get; }

    /// <summary>Hub area taken by fixed flows, m², indexed hub × period.</summary>
    public double[] Reserved { get; }

    /// <summary>Mass fixed flows keep at hubs, kg, indexed hub × period.</summary>
    public double[] ReservedMassKg { get; }

    /// <summary>Virtual bonus per kg leaving a supply lot for reuse (<see cref="MatchingRules.ReuseBeforeRecycling"/>); 0 when off.</summary>
    public double ReuseBonusKgPerKg { get; }

    /// <summary>Some demand lot carries a priority bonus.</summary>
    public bool HasPriorities { get; }

    /// <summary>Hub floor area one flow unit of a category takes, m².</summary>
    public double AreaPerUnitM2(int category, double unitMassKg) => Categories[category].StorageM2PerTonne * Mass.KgToTonnes(unitMassKg);

    SupplyInfo PrepareSupply(SupplyLot lot, Dictionary<string, int> categoryIndex)
    {
        var info = new SupplyInfo { Category = -1, Grade = (int)lot.Grade };
        if (!categoryIndex.TryGetValue(lot.CategoryKey, out info.Category))
        {
            info.Category = -1;
            info.Excluded = UnmatchedReason.UnknownCategory;
            return info;
        }
        (info.Units, info.UnitMassKg, info.QuantityPerUnit) = FlowUnits(info.Category, lot.Quantity, lot.Unit, lot.MassKg);
        info.Remaining = info.Units;
        int worst = Rules.MinimumGradeByCategory.TryGetValue(lot.CategoryKey, out var g) ? Math.Min((int)g, GradeB) : GradeB;
        if (lot.IsHazardous && Rules.ExcludeHazardous) info.Excluded = UnmatchedReason.Hazardous;
        else if (info.Grade > worst) info.Excluded = UnmatchedReason.QualityTooLow;
        else if (info.Units < 1) info.Excluded = UnmatchedReason.NoQuantity;
        else if (lot.AvailableTo < lot.AvailableFrom) info.Excluded = UnmatchedReason.InvalidWindow;
        else if (!Timeline.TryClip(lot.AvailableFrom, lot.AvailableTo, out info.Window)) info.Excluded = UnmatchedReason.OutsideHorizon;
        return info;
    }

    DemandInfo PrepareDemand(DemandLot lot, Dictionary<string, int> categoryIndex)
    {
        var info = new DemandInfo
        {
            WorstGrade = lot.MinimumGrade is QualityGrade.A ? 0 : GradeB,
            BonusKgPerKg = lot.Priority * Mass.PerTonneToPerKg(Rules.PriorityBonusCo2eKgPerTonne),
        };
        if (!categoryIndex.TryGetValue(lot.CategoryKey, out info.Category))
        {
            info.Category = -1;
            info.Excluded = UnmatchedReason.UnknownCategory;
            return info;
        }
        (info.Units, info.UnitMassKg, info.QuantityPerUnit) = FlowUnits(info.Category, lot.Quantity, lot.Unit, lot.MassKg);
        info.Remaining = info.Units;
        if (info.Units < 1) info.Excluded = UnmatchedReason.NoQuantity;
        else if (lot.NeededTo < lot.NeededFrom) info.Excluded = UnmatchedReason.InvalidWindow;
        else if (!Timeline.TryClip(lot.NeededFrom, lot.NeededTo, out info.Window)) info.Excluded = UnmatchedReason.OutsideHorizon;
        return info;
    }

    // Piece categories flow in whole pieces, each weighing the lot's mass per piece rounded to the gram (a lot in another
    // unit counts pieces of the category's typical mass); other categories flow in whole kg.
    (long Units, double UnitMassKg, double QuantityPerUnit) FlowUnits(int category, decimal quantity, QuantityUnit unit, double massKg)
    {
        if (quantity <= 0 || !double.IsFinite(massKg) || massKg <= 0) return (0, 0, 0);
        var c = Categories[category];
        if (!IsPieces[category]) return ((long)Math.Floor(massKg), 1, (double)quantity / massKg);
        if (unit == QuantityUnit.Pcs)
        {
            double pieceMass = Mass.FromKg(massKg / (double)quantity).RoundedToGram().Kg;
            return pieceMass > 0 ? ((long)Math.Floor(quantity), pieceMass, 1) : (0, 0, 0);
        }
        double typical = Mass.FromKg(c.TypicalKgPerUnit).RoundedToGram().Kg;
        return typical > 0 ? ((long)Math.Floor(massKg / typical), typical, (double)quantity / massKg * typical) : (0, 0, 0);
    }

    HubInfo PrepareHub(Hub hub, Dictionary<string, int> categoryIndex)
    {
        var accepts = new bool[Categories.Count];
        if (hub.AcceptedCategoryKeys.Count == 0) Array.Fill(accepts, true);
        foreach (var key in hub.AcceptedCategoryKeys)
        {
            if (categoryIndex.TryGetValue(key, out int c)) accepts[c] = true;
        }
        // Only periods the hub is open all through count, so every date inside them is an opening day.
        var opens = hub.Opens ?? Timeline.Horizon.Start;
        var closes = hub.Closes ?? Timeline.Horizon.End;
        if (!Timeline.TryClip(opens, closes, out var open)) return new HubInfo(hub.Location, hub.StorageAreaM2, accepts, 0, -1);
        int first = open.FirstPeriod + (hub.Opens is { } o && o > Timeline.StartOf(open.FirstPeriod) ? 1 : 0);
        int last = open.LastPeriod - (hub.Closes is { } shut && shut < Timeline.EndOf(open.LastPeriod) ? 1 : 0);
        return new HubInfo(hub.Location, hub.StorageAreaM2, accepts, first, last);
    }

    FixedInfo PrepareFixed(FixedFlow flow, Dictionary<string, int> supplyIndex, Dictionary<string, int> demandIndex, Dictionary<string, int> hubIndex)
    {
        if (!supplyIndex.TryGetValue(flow.SupplyLot, out int s)) throw new FixedFlowConflictException(flow, $"Fixed flow: no supply lot '{flow.SupplyLot}'.");
        if (!demandIndex.TryGetValue(flow.DemandLot, out int d)) throw new FixedFlowConflictException(flow, $"Fixed flow: no demand lot '{flow.DemandLot}'.");
        int h = -1;
        if (flow.Hub is not null && !hubIndex.TryGetValue(flow.Hub, out h)) throw new FixedFlowConflictException(flow, $"Fixed flow: no hub '{flow.Hub}'.");
        ref var supply = ref Supply[s];
        ref var demand = ref Demand[d];
        if (supply.Category < 0 || supply.Category != demand.Category)
            throw new FixedFlowConflictException(flow, $"Fixed flow {flow.SupplyLot} → {flow.DemandLot}: the lots must share a known category.");
        if (supply.Units < 1 || demand.Units < 1)
            throw new FixedFlowConflictException(flow, $"Fixed flow {flow.SupplyLot} → {flow.DemandLot}: a lot has no usable quantity or mass.");
        if (flow.DeliveryDate < flow.PickupDate)
            throw new FixedFlowConflictException(flow, $"Fixed flow {flow.SupplyLot} → {flow.DemandLot}: delivery before pickup.");
        long units = (long)Math.Round((double)flow.Quantity / supply.QuantityPerUnit);
        if (units < 1) throw new FixedFlowConflictException(flow, $"Fixed flow {flow.SupplyLot} → {flow.DemandLot}: quantity below one flow unit.");
        supply.Remaining -= units;
        demand.Remaining -= units;
        if (supply.Remaining < 0 || demand.Remaining < 0)
            throw new FixedFlowConflictException(flow, $"Fixed flows use more of {flow.SupplyLot} or {flow.DemandLot} than the lot has.");
        if (h >= 0)
        {
            var horizon = Timeline.Horizon;
            int first = flow.PickupDate < horizon.Start ? 0 : Timeline.PeriodOf(flow.PickupDate);
            int end = flow.DeliveryDate > horizon.End ? Timeline.Count : Timeline.PeriodOf(flow.DeliveryDate);
            double area = units * AreaPerUnitM2(supply.Category, supply.UnitMassKg);
            for (int t = first; t < end; t++)
            {
                Reserved[h * Timeline.Count + t] += area;
                ReservedMassKg[h * Timeline.Count + t] += units * supply.UnitMassKg;
            }
        }
        return new FixedInfo(flow, s, d, h, units);
    }
}
