using Corridor.Engine.Domain;

namespace Corridor.Engine.Impact;

/// <summary>Where material that is not reused goes.</summary>
public enum EndOfLifeRoute
{
    /// <summary>Recycled (crushed, melted, shredded) into new raw material.</summary>
    Recycle,
    /// <summary>Disposed of: landfill or incineration.</summary>
    Dispose,
}

/// <summary>The factors of one material category that impact accounts use, each with its source.</summary>
/// <param name="EmbodiedCo2eKgPerKg">Cradle-to-gate (A1–A3) carbon of a new product of this category, kg CO2e per kg.</param>
/// <param name="RenewableShare">Share (0–1) of a new product's mass that is renewable (bio-based); an assumption.</param>
/// <param name="EndOfLife">Where an unplaced lot of this category goes today: recycling or disposal.</param>
/// <param name="IsRecyclingProduct">True when taking this category from a donor means recycling it (e.g. crushed granulate).</param>
/// <param name="CategoryKey">The material category.</param>
/// <param name="EmbodiedSource">Where <paramref name="EmbodiedCo2eKgPerKg"/> comes from (ICE v2.0 row).</param>
/// <param name="EndOfLifeSource">Where <paramref name="EndOfLife"/> comes from.</param>
/// <param name="RenewableSource">Where <paramref name="RenewableShare"/> comes from.</param>
public sealed record CategoryFactors(
    string CategoryKey,
    double EmbodiedCo2eKgPerKg,
    string EmbodiedSource,
    double RenewableShare,
    string RenewableSource,
    EndOfLifeRoute EndOfLife,
    string EndOfLifeSource,
    bool IsRecyclingProduct = false);

/// <summary>A lot as impact accounts see it.</summary>
public sealed record ImpactLot
{
    /// <summary>The lot's id.</summary>
    public required int Id { get; init; }

    /// <summary>How people know the lot, e.g. <c>SLOOP-1/DEUREN</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The id of the lot's project.</summary>
    public required int ProjectId { get; init; }

    /// <summary>Supply (output of its project) or demand (input).</summary>
    public required LotDirection Direction { get; init; }

    /// <summary>The material category.</summary>
    public required string CategoryKey { get; init; }

    /// <summary>The lot's mass, kg.</summary>
    public required double MassKg { get; init; }

    /// <summary>Whether the mass was estimated from the category's typical mass per unit.</summary>
    public required bool MassIsEstimated { get; init; }

    /// <summary>The quality grade, when known.</summary>
    public required QualityGrade? Quality { get; init; }

    /// <summary>Whether the lot is hazardous waste (an EWC code with *).</summary>
    public required bool IsHazardous { get; init; }

    /// <summary>The lot's status.</summary>
    public required LotStatus Status { get; init; }

    /// <summary>The first day the lot is available (supply) or needed (demand).</summary>
    public required DateOnly AvailableFrom { get; init; }
}

/// <summary>A match between a supply and a demand lot.</summary>
public sealed record ImpactFlow
{
    /// <summary>The match's id.</summary>
    public required int Id { get; init; }

    /// <summary>The supply lot's id.</summary>
    public required int SupplyLotId { get; init; }

    /// <summary>The demand lot's id.</summary>
    public required int DemandLotId { get; init; }

    /// <summary>Mass of the match, kg.</summary>
    public required double MassKg { get; init; }

    /// <summary>When the material reaches the demand project.</summary>
    public required DateOnly DeliveryDate { get; init; }

    /// <summary>Road distance, km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Transport (A4/C2) emissions of the whole match as planned, kg CO2e.</summary>
    public required double TransportCo2eKg { get; init; }

    /// <summary>How the transport figure was made (plan, vehicle factor and its source).</summary>
    public required string TransportSource { get; init; }

    /// <summary>Potential (proposed), agreed or realised.</summary>
    public required FlowStanding Standing { get; init; }
}

/// <summary>Our own figures used in accounts, with the words that explain them.</summary>
/// <param name="ReconditioningShare">Reconditioning (cleaning, testing, repair) of a grade-B lot, as a share of the A1–A3 of the product it replaces.</param>
/// <param name="RecyclingProcessCo2eKgPerKg">Processing (crushing, sorting) of a recycled flow, kg CO2e per kg.</param>
/// <param name="ReconditioningSource">Where <paramref name="ReconditioningShare"/> comes from.</param>
/// <param name="RecyclingProcessSource">Where <paramref name="RecyclingProcessCo2eKgPerKg"/> comes from.</param>
public sealed record ImpactAssumptions(
    double ReconditioningShare,
    string ReconditioningSource,
    double RecyclingProcessCo2eKgPerKg,
    string RecyclingProcessSource)
{
    /// <summary>The assumptions of <c>corridor-impact/1</c>: 10 % reconditioning, 0.003 kg CO2e/kg processing.</summary>
    public static ImpactAssumptions Default { get; } = new(
        0.10,
        "Assumption (corridor-impact/1): reconditioning a grade-B lot emits 10% of the A1–A3 of the product it replaces; no published figure found",
        0.003,
        "Assumption (corridor-impact/1): crushing and sorting a recycled flow about 0.003 kg CO2e/kg, as in ReferenceData/SOURCES.md (end of life, stony)");
}

/// <summary>Everything an account is computed from. Lots and flows of the whole corridor; the scope picks the part to report.</summary>
public sealed record ImpactData(
    IReadOnlyList<ImpactLot> Lots,
    IReadOnlyList<ImpactFlow> Flows,
    IReadOnlyDictionary<string, CategoryFactors> Factors,
    ImpactAssumptions Assumptions);

/// <summary>Which lots an account covers and the period (inclusive) their dates must fall in.</summary>
public sealed record ImpactScope(string Name, Func<ImpactLot, bool> Includes, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The whole corridor, optionally within a period.</summary>
    public static ImpactScope Corridor(DateOnly? from = null, DateOnly? to = null) => new("corridor", _ => true, from, to);

    /// <summary>One project's lots, optionally within a period.</summary>
    public static ImpactScope Project(int projectId, DateOnly? from = null, DateOnly? to = null) =>
        new($"project {projectId}", l => l.ProjectId == projectId, from, to);

    /// <summary>One lot.</summary>
    public static ImpactScope Lot(int lotId) => new($"lot {lotId}", l => l.Id == lotId);

    /// <summary>Whether <paramref name="date"/> falls in the period (inclusive; an open end always does).</summary>
    public bool InPeriod(DateOnly date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);
}
