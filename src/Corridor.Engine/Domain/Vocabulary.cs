namespace Corridor.Engine.Domain;

/// <summary>Whether a lot is released by its project (supply) or needed by it (demand).</summary>
public enum LotDirection
{
    /// <summary>Released by the project (demolition, renovation), offered for reuse.</summary>
    Supply,
    /// <summary>Needed by the project (new build, renovation), to be met from supply.</summary>
    Demand,
}

/// <summary>Units a lot's quantity may be expressed in.</summary>
public enum QuantityUnit
{
    /// <summary>Pieces (doors, beams, panels).</summary>
    Pcs,
    /// <summary>Metres (length).</summary>
    M,
    /// <summary>Square metres (area).</summary>
    M2,
    /// <summary>Cubic metres (volume).</summary>
    M3,
    /// <summary>Kilograms.</summary>
    Kg,
    /// <summary>Tonnes (1 t = <see cref="Mass.KgPerTonne"/> kg).</summary>
    T,
}

/// <summary>Quality grade: A reusable as is, B needs reconditioning, C recycling only. A is best.</summary>
public enum QualityGrade
{
    /// <summary>Reusable as is.</summary>
    A,
    /// <summary>Reusable after reconditioning.</summary>
    B,
    /// <summary>Fit for recycling only.</summary>
    C,
}

/// <summary>The wire names of <see cref="QualityGrade"/> ("A", "B", "C") and their parsing, for the import, the rules and the API.</summary>
public static class QualityGradeText
{
    /// <summary>"A", "B" or "C".</summary>
    public static string Key(this QualityGrade grade) => grade switch
    {
        QualityGrade.A => "A",
        QualityGrade.B => "B",
        QualityGrade.C => "C",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a quality grade."),
    };

    /// <summary>Parses a key exactly as written ("A", "B" or "C"), as the rules of the game store it.</summary>
    public static bool TryParseKey(string? key, out QualityGrade grade)
    {
        foreach (var g in Enum.GetValues<QualityGrade>())
        {
            if (string.Equals(key, g.Key(), StringComparison.Ordinal)) { grade = g; return true; }
        }
        grade = default;
        return false;
    }

    /// <summary>Parses a grade as partners write it (case, spaces and separators ignored: "a", " B ").</summary>
    public static bool TryParse(string? text, out QualityGrade grade) => Vocab.TryEnum(text, out grade);

    /// <summary>Whether a grade can be reused at all (A or B); C is recycling only and never a minimum grade.</summary>
    public static bool IsReusable(this QualityGrade grade) => grade is QualityGrade.A or QualityGrade.B;
}

/// <summary>What a project does to its building or site, which decides whether it supplies, demands or both.</summary>
public enum ProjectKind
{
    /// <summary>A building taken down: supplies material.</summary>
    Demolition,
    /// <summary>A building renewed: supplies and demands.</summary>
    Renovation,
    /// <summary>A new building: demands material.</summary>
    NewBuild,
    /// <summary>Roads, bridges, utilities: supplies and demands.</summary>
    Infrastructure,
    /// <summary>An empty building not yet scheduled for works: potential supply.</summary>
    VacantBuilding,
}

/// <summary>How far a project is.</summary>
public enum ProjectStatus
{
    /// <summary>Intended; dates may still move.</summary>
    Planned,
    /// <summary>Decided, with its dates.</summary>
    Confirmed,
    /// <summary>Works have begun.</summary>
    Started,
    /// <summary>Works are finished.</summary>
    Done,
}

/// <summary>Where a lot's material is in its own life, from the inventory to its end.</summary>
public enum LotStatus
{
    /// <summary>Counted in the inventory; nothing done yet.</summary>
    Inventoried,
    /// <summary>Promised to a match.</summary>
    Reserved,
    /// <summary>Taken out of the building.</summary>
    Harvested,
    /// <summary>Kept at a hub or on site.</summary>
    Stored,
    /// <summary>Brought to the receiving project.</summary>
    Delivered,
    /// <summary>Built into the receiving project.</summary>
    Installed,
    /// <summary>Sent to recycling instead of reuse.</summary>
    Recycled,
    /// <summary>Disposed of (landfill or incineration).</summary>
    Disposed,
    /// <summary>Its owner closed it (no longer offered or needed) before anything happened to it.</summary>
    Withdrawn,
}

/// <summary>The kind of organisation a corridor partner is.</summary>
public enum OrganisationType
{
    /// <summary>A municipality (often client and chain director).</summary>
    Municipality,
    /// <summary>A demolition contractor (harvests supply).</summary>
    DemolitionContractor,
    /// <summary>A building contractor (installs what is demanded).</summary>
    Contractor,
    /// <summary>A housing corporation (client of renovation and new build).</summary>
    HousingCorporation,
    /// <summary>A property developer.</summary>
    Developer,
    /// <summary>An architect or engineering office.</summary>
    Architect,
    /// <summary>A wholesaler of (secondary) building materials.</summary>
    Wholesaler,
    /// <summary>The operator of a material hub.</summary>
    HubOperator,
}

/// <summary>A planned match's life: proposed by the engine, accepted by both sides, then followed to installation.</summary>
public enum MatchStatus
{
    /// <summary>Proposed by the engine; nobody has decided yet.</summary>
    Proposed,
    /// <summary>Accepted by both sides; later plans keep it fixed.</summary>
    Accepted,
    /// <summary>The supply lot's quantity is held for the match.</summary>
    Reserved,
    /// <summary>The material is taken out of the supplying building.</summary>
    Harvested,
    /// <summary>On its way (to the hub or the receiving project).</summary>
    InTransit,
    /// <summary>Stored at the hub.</summary>
    AtHub,
    /// <summary>Delivered to the receiving project.</summary>
    Delivered,
    /// <summary>Built in; the match is done.</summary>
    Installed,
    /// <summary>Rejected by a side before it was agreed.</summary>
    Rejected,
    /// <summary>Called off after it was agreed, with a reason.</summary>
    Cancelled,
}
