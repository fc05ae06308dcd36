namespace Corridor.Engine.Impact;

/// <summary>CB'23 input split of the registered demand: primary (non-renewable, renewable) and secondary (reused, recycled).</summary>
/// <param name="CircularInputPercent">(reused + recycled + renewable) / total input × 100.</param>
/// <param name="PrimaryNonRenewable">Input from new, non-renewable material.</param>
/// <param name="PrimaryRenewable">Input from new, renewable (bio-based) material.</param>
/// <param name="SecondaryRecycled">Input met by recycled material.</param>
/// <param name="SecondaryReused">Input met by reused material.</param>
/// <param name="TotalKg">All registered input (demand), kg.</param>
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
/// <param name="ReconditioningCo2eKg">Cleaning, testing, repair (grade B) and processing (recycling) of the counted flows, kg CO2e.</param>
/// <param name="TransportCo2eKg">A4/C2 transport of the counted flows, kg CO2e.</param>
public sealed record CarbonBalance(
    Figure AvoidedEmbodiedCo2eKg,
    Figure TransportCo2eKg,
    Figure ReconditioningCo2eKg,
    Figure NetAvoidedCo2eKg,
    Figure MaterialBoundCo2eKg);

/// <param name="Flows">Number of flows on this step.</param>
/// <param name="Label">The step's English label, e.g. "R3 Reuse".</param>
/// <param name="MassKg">Counted mass on this step, kg.</param>
/// <param name="Step">The R-step.</param>
/// <summary>Mass on one step of the R-ladder.</summary>
public sealed record RStepMass(RStep Step, string Label, double MassKg, int Flows);

/// <summary>One counted or potential flow as the account saw it; <see cref="MassKg"/> may be less than the match's when a lot was over-allocated.</summary>
public sealed record FlowLine
{
    /// <summary>The match's id.</summary>
    public required int MatchId { get; init; }

    /// <summary>The supply lot's label, e.g. <c>SLOOP-1/DEUREN</c>.</summary>
    public required string SupplyLot { get; init; }

    /// <summary>The demand lot's label.</summary>
    public required string DemandLot { get; init; }

    /// <summary>The supply lot's category key.</summary>
    public required string SupplyCategory { get; init; }

    /// <summary>The demand lot's category key.</summary>
    public required string DemandCategory { get; init; }

    /// <summary>Potential (proposed), agreed or realised.</summary>
    public required FlowStanding Standing { get; init; }

    /// <summary>The R-step the flow achieves.</summary>
    public required RStep RStep { get; init; }

    /// <summary>The delivery date, which places the flow in a period.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Mass counted for this flow, kg.</summary>
    public required double MassKg { get; init; }

    /// <summary>Road distance of the match, km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>A1–A3 of the new product the flow replaces, kg CO2e.</summary>
    public required double AvoidedEmbodiedCo2eKg { get; init; }

    /// <summary>Transport of the counted mass, kg CO2e.</summary>
    public required double TransportCo2eKg { get; init; }

    /// <summary>Reconditioning or recycling process of the counted mass, kg CO2e.</summary>
    public required double ReconditioningCo2eKg { get; init; }

    /// <summary>Avoided minus transport minus reconditioning, kg CO2e.</summary>
    public required double NetAvoidedCo2eKg { get; init; }
}

/// <summary>Per category (demand side for input and flows, supply side for output), counted flows only.</summary>
/// <param name="CategoryKey">The material category.</param>
/// <param name="InputKg">Registered input (demand) of the category, kg.</param>
/// <param name="NetAvoidedCo2eKg">Net avoided CO2e of the category's counted flows, kg CO2e.</param>
/// <param name="OutputForReuseKg">Output placed for reuse by counted flows, kg.</param>
/// <param name="OutputKg">Registered output (supply) of the category, kg.</param>
/// <param name="RenewableInputKg">Renewable share of the primary input, kg.</param>
/// <param name="SecondaryInputKg">Input met by counted reused or recycled flows, kg.</param>
public sealed record CategoryLine(
    string CategoryKey,
    double InputKg,
    double SecondaryInputKg,
    double RenewableInputKg,
    double OutputKg,
    double OutputForReuseKg,
    double NetAvoidedCo2eKg);

/// <summary>What the proposed (not yet accepted) matches would add.</summary>
/// <param name="CircularInputPercentIfAccepted">The circular input share if they were all accepted, %.</param>
/// <param name="Flows">Number of proposed matches.</param>
/// <param name="NetAvoidedCo2eKg">Net CO2e they would avoid, kg CO2e.</param>
/// <param name="SecondaryInputKg">Secondary input they would add, kg.</param>
public sealed record PotentialImpact(int Flows, Figure SecondaryInputKg, Figure NetAvoidedCo2eKg, Figure CircularInputPercentIfAccepted);

/// <summary>The impact account of a scope (lot, project, corridor) over a period.</summary>
public sealed record ImpactAccount
{
    /// <summary>The method and version, e.g. <c>corridor-impact/1</c>.</summary>
    public required string Method { get; init; }

    /// <summary>What the account covers in words: corridor, project N, lot N.</summary>
    public required string Scope { get; init; }

    /// <summary>First day of the period (inclusive); null: from the start.</summary>
    public required DateOnly? From { get; init; }

    /// <summary>Last day of the period (inclusive); null: without end.</summary>
    public required DateOnly? To { get; init; }

    /// <summary>Number of demand lots in scope.</summary>
    public required int InputLots { get; init; }

    /// <summary>Number of supply lots in scope.</summary>
    public required int OutputLots { get; init; }

    /// <summary>The CB'23 input split.</summary>
    public required CircularInput Input { get; init; }

    /// <summary>The CB'23 output split.</summary>
    public required CircularOutput Output { get; init; }

    /// <summary>The carbon of the counted flows.</summary>
    public required CarbonBalance Carbon { get; init; }

    /// <summary>Secondary input (reused + recycled) that replaced primary material one to one.</summary>
    public required Figure PrimaryMaterialAvoidedKg { get; init; }

    /// <summary>Secondary input / total input × 100: the share that needed no primary raw material.</summary>
    public required Figure PrimaryRawMaterialReductionPercent { get; init; }

    /// <summary>The part of the secondary input whose matches were delivered or installed.</summary>
    public required Figure RealisedSecondaryKg { get; init; }

    /// <summary>Counted mass per R-step.</summary>
    public required IReadOnlyList<RStepMass> RLadder { get; init; }

    /// <summary>Figures per material category.</summary>
    public required IReadOnlyList<CategoryLine> Categories { get; init; }

    /// <summary>Every flow the account counted or shows as potential.</summary>
    public required IReadOnlyList<FlowLine> Flows { get; init; }

    /// <summary>What the proposed matches would add.</summary>
    public required PotentialImpact Potential { get; init; }

    /// <summary>Data problems the account worked around (over-allocated lots, unknown lots), in words.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The sources of every factor used.</summary>
    public required IReadOnlyList<string> Sources { get; init; }
}
