namespace Corridor.Engine.Impact;

/// <summary>CB'23 input split of the registered demand: primary (non-renewable, renewable) and secondary (reused, recycled).</summary>
/// <param name="CircularInputPercent">(reused + recycled + renewable) / total input × 100.</param>
public sealed record CircularInput(
    Figure TotalKg,
    Share PrimaryNonRenewable,
    Share PrimaryRenewable,
    Share SecondaryReused,
    Share SecondaryRecycled,
    Figure CircularInputPercent);

/// <summary>CB'23 output split of the registered supply: available for reuse, for recycling, lost (landfill, incineration).</summary>
public sealed record CircularOutput(Figure TotalKg, Share AvailableForReuse, Share ForRecycling, Share Lost);

/// <summary>Carbon of the counted flows, and the material-bound carbon of the registered input.</summary>
/// <param name="AvoidedEmbodiedCo2eKg">A1–A3 of the new products the secondary flows replace.</param>
/// <param name="NetAvoidedCo2eKg">Avoided minus transport minus reconditioning.</param>
/// <param name="MaterialBoundCo2eKg">A1–A3 of the primary part of the registered demand, plus transport and reconditioning of its secondary part.</param>
public sealed record CarbonBalance(
    Figure AvoidedEmbodiedCo2eKg,
    Figure TransportCo2eKg,
    Figure ReconditioningCo2eKg,
    Figure NetAvoidedCo2eKg,
    Figure MaterialBoundCo2eKg);

public sealed record RStepMass(RStep Step, string Label, double MassKg, int Flows);

/// <summary>One counted or potential flow as the account saw it; <see cref="MassKg"/> may be less than the match's when a lot was over-allocated.</summary>
public sealed record FlowLine
{
    public required int MatchId { get; init; }

    public required string SupplyLot { get; init; }

    public required string DemandLot { get; init; }

    public required string SupplyCategory { get; init; }

    public required string DemandCategory { get; init; }

    public required FlowStanding Standing { get; init; }

    public required RStep RStep { get; init; }

    public required DateOnly Date { get; init; }

    public required double MassKg { get; init; }

    public required double DistanceKm { get; init; }

    public required double AvoidedEmbodiedCo2eKg { get; init; }

    public required double TransportCo2eKg { get; init; }

    public required double ReconditioningCo2eKg { get; init; }

    public required double NetAvoidedCo2eKg { get; init; }
}

/// <summary>Per category (demand side for input and flows, supply side for output), counted flows only.</summary>
public sealed record CategoryLine(
    string CategoryKey,
    double InputKg,
    double SecondaryInputKg,
    double RenewableInputKg,
    double OutputKg,
    double OutputForReuseKg,
    double NetAvoidedCo2eKg);

/// <summary>What the proposed (not yet accepted) matches would add.</summary>
public sealed record PotentialImpact(int Flows, Figure SecondaryInputKg, Figure NetAvoidedCo2eKg, Figure CircularInputPercentIfAccepted);

/// <summary>The impact account of a scope (lot, project, corridor) over a period.</summary>
public sealed record ImpactAccount
{
    public required string Method { get; init; }

    public required string Scope { get; init; }

    public required DateOnly? From { get; init; }

    public required DateOnly? To { get; init; }

    public required int InputLots { get; init; }

    public required int OutputLots { get; init; }

    public required CircularInput Input { get; init; }

    public required CircularOutput Output { get; init; }

    public required CarbonBalance Carbon { get; init; }

    /// <summary>Secondary input (reused + recycled) that replaced primary material one to one.</summary>
    public required Figure PrimaryMaterialAvoidedKg { get; init; }

    /// <summary>Secondary input / total input × 100: the share that needed no primary raw material.</summary>
    public required Figure PrimaryRawMaterialReductionPercent { get; init; }

    /// <summary>The part of the secondary input whose matches were delivered or installed.</summary>
    public required Figure RealisedSecondaryKg { get; init; }

    public required IReadOnlyList<RStepMass> RLadder { get; init; }

    public required IReadOnlyList<CategoryLine> Categories { get; init; }

    public required IReadOnlyList<FlowLine> Flows { get; init; }

    public required PotentialImpact Potential { get; init; }

    /// <summary>Data problems the account worked around (over-allocated lots, unknown lots), in words.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
