using Corridor.Engine.Domain;

namespace Corridor.Engine.Impact;

public enum EndOfLifeRoute { Recycle, Dispose }

/// <summary>The factors of one material category that impact accounts use, each with its source.</summary>
/// <param name="EmbodiedCo2eKgPerKg">Cradle-to-gate (A1–A3) carbon of a new product of this category, kg CO2e per kg.</param>
/// <param name="RenewableShare">Share (0–1) of a new product's mass that is renewable (bio-based); an assumption.</param>
/// <param name="EndOfLife">Where an unplaced lot of this category goes today: recycling or disposal.</param>
/// <param name="IsRecyclingProduct">True when taking this category from a donor means recycling it (e.g. crushed granulate).</param>
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
    public required int Id { get; init; }

    /// <summary>How people know the lot, e.g. <c>SLOOP-1/DEUREN</c>.</summary>
    public required string Label { get; init; }

    public required int ProjectId { get; init; }

    public required LotDirection Direction { get; init; }

    public required string CategoryKey { get; init; }

    public required double MassKg { get; init; }

    public required bool MassIsEstimated { get; init; }

    public required QualityGrade? Quality { get; init; }

    public required bool IsHazardous { get; init; }

    public required LotStatus Status { get; init; }

    public required DateOnly AvailableFrom { get; init; }
}

/// <summary>A match between a supply and a demand lot.</summary>
public sealed record ImpactFlow
{
    public required int Id { get; init; }

    public required int SupplyLotId { get; init; }

    public required int DemandLotId { get; init; }

    public required double MassKg { get; init; }

    public required DateOnly DeliveryDate { get; init; }

    public required double DistanceKm { get; init; }

    /// <summary>Transport (A4/C2) emissions of the whole match as planned, kg CO2e.</summary>
    public required double TransportCo2eKg { get; init; }

    /// <summary>How the transport figure was made (plan, vehicle factor and its source).</summary>
    public required string TransportSource { get; init; }

    public required FlowStanding Standing { get; init; }
}

/// <summary>Our own figures used in accounts, with the words that explain them.</summary>
/// <param name="ReconditioningShare">Reconditioning (cleaning, testing, repair) of a grade-B lot, as a share of the A1–A3 of the product it replaces.</param>
/// <param name="RecyclingProcessCo2eKgPerKg">Processing (crushing, sorting) of a recycled flow, kg CO2e per kg.</param>
public sealed record ImpactAssumptions(
    double ReconditioningShare,
    string ReconditioningSource,
    double RecyclingProcessCo2eKgPerKg,
    string RecyclingProcessSource)
{
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
    public static ImpactScope Corridor(DateOnly? from = null, DateOnly? to = null) => new("corridor", _ => true, from, to);

    public static ImpactScope Project(int projectId, DateOnly? from = null, DateOnly? to = null) =>
        new($"project {projectId}", l => l.ProjectId == projectId, from, to);

    public static ImpactScope Lot(int lotId) => new($"lot {lotId}", l => l.Id == lotId);

    public bool InPeriod(DateOnly date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);
}
