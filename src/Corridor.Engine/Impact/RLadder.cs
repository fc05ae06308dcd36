using Corridor.Engine.Domain;

namespace Corridor.Engine.Impact;

/// <summary>The reuse hierarchy (R-ladder), R0 Refuse to R9 Recover: a lower number keeps more value.</summary>
public enum RStep
{
    /// <summary>R0: make the product redundant.</summary>
    R0Refuse,
    /// <summary>R1: use the product more intensively (sharing, multi-use).</summary>
    R1Rethink,
    /// <summary>R2: use less material for the same function.</summary>
    R2Reduce,
    /// <summary>R3: use the product again for the same function.</summary>
    R3Reuse,
    /// <summary>R4: repair the product and use it again.</summary>
    R4Repair,
    /// <summary>R5: restore an old product and bring it up to date.</summary>
    R5Refurbish,
    /// <summary>R6: use parts of a product in a new product with the same function.</summary>
    R6Remanufacture,
    /// <summary>R7: use the product or its parts for a different function.</summary>
    R7Repurpose,
    /// <summary>R8: process the material into new raw material.</summary>
    R8Recycle,
    /// <summary>R9: incinerate with energy recovery.</summary>
    R9Recover,
}

/// <summary>How far a match has come: a proposal, an agreement between both sides, or material that arrived.</summary>
public enum FlowStanding
{
    /// <summary>Proposed, not yet accepted.</summary>
    Potential,
    /// <summary>Accepted by both sides (accepted up to at hub).</summary>
    Agreed,
    /// <summary>Delivered or installed.</summary>
    Realised,
}

/// <summary>Which R-step a flow achieves, and the steps' labels.</summary>
public static class RLadder
{
    /// <summary>
    /// The R-step a flow achieves (rule of <see cref="ImpactCalculator.Method"/>): recycling when either side's category is
    /// a recycled product (e.g. granulate) or the supply is grade C; repurpose when the product serves another category;
    /// repair when grade B (reconditioned first); otherwise reuse. A lot without grade counts as reusable as is.
    /// </summary>
    public static RStep Of(CategoryFactors supply, CategoryFactors demand, QualityGrade? supplyQuality)
    {
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(demand);
        if (supply.IsRecyclingProduct || demand.IsRecyclingProduct || supplyQuality == QualityGrade.C) return RStep.R8Recycle;
        if (!string.Equals(supply.CategoryKey, demand.CategoryKey, StringComparison.Ordinal)) return RStep.R7Repurpose;
        return supplyQuality == QualityGrade.B ? RStep.R4Repair : RStep.R3Reuse;
    }

    /// <summary>True for the steps that keep the product (R3–R7), as opposed to recycling or recovery.</summary>
    public static bool IsReuse(RStep step) => step is >= RStep.R3Reuse and <= RStep.R7Repurpose;

    /// <summary>Short label such as "R3 Reuse".</summary>
    public static string Label(RStep step) => $"{step.ToString()[..2]} {step.ToString()[2..]}";

    /// <summary>Which match statuses count: Proposed is potential; Accepted up to At hub agreed; Delivered and Installed realised; Rejected and Cancelled none.</summary>
    public static FlowStanding? Standing(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => FlowStanding.Potential,
        _ when MatchStates.IsAgreed(status) => FlowStanding.Agreed,
        MatchStatus.Delivered or MatchStatus.Installed => FlowStanding.Realised,
        _ => null,
    };
}
