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

/// <summary>One counted or potential flow as the account saw it; <paramref name="MassKg"/> may be less than the match's when a lot was over-allocated.</summary>
public sealed record FlowLine(
    int MatchId,
    string SupplyLot,
    string DemandLot,
    string SupplyCategory,
    string DemandCategory,
    FlowStanding Standing,
    RStep RStep,
    DateOnly Date,
    double MassKg,
    double DistanceKm,
    double AvoidedEmbodiedCo2eKg,
    double TransportCo2eKg,
    double ReconditioningCo2eKg,
    double NetAvoidedCo2eKg);

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
/// <param name="PrimaryMaterialAvoidedKg">Secondary input (reused + recycled) that replaced primary material one to one.</param>
/// <param name="PrimaryRawMaterialReductionPercent">Secondary input / total input × 100: the share that needed no primary raw material.</param>
/// <param name="RealisedSecondaryKg">The part of the secondary input whose matches were delivered or installed.</param>
/// <param name="Notes">Data problems the account worked around (over-allocated lots, unknown lots), in words.</param>
public sealed record ImpactAccount(
    string Method,
    string Scope,
    DateOnly? From,
    DateOnly? To,
    int InputLots,
    int OutputLots,
    CircularInput Input,
    CircularOutput Output,
    CarbonBalance Carbon,
    Figure PrimaryMaterialAvoidedKg,
    Figure PrimaryRawMaterialReductionPercent,
    Figure RealisedSecondaryKg,
    IReadOnlyList<RStepMass> RLadder,
    IReadOnlyList<CategoryLine> Categories,
    IReadOnlyList<FlowLine> Flows,
    PotentialImpact Potential,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Sources);
