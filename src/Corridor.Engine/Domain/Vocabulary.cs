namespace Corridor.Engine.Domain;

/// <summary>Whether a lot is released by its project (supply) or needed by it (demand).</summary>
public enum LotDirection { Supply, Demand }

/// <summary>Units a lot's quantity may be expressed in.</summary>
public enum QuantityUnit { Pcs, M, M2, M3, Kg, T }

/// <summary>Quality grade: A reusable as is, B needs reconditioning, C recycling only. A is best.</summary>
public enum QualityGrade { A, B, C }

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

public enum ProjectKind { Demolition, Renovation, NewBuild, Infrastructure, VacantBuilding }

public enum ProjectStatus { Planned, Confirmed, Started, Done }

/// <summary>A lot's life. <see cref="Withdrawn"/>: its owner closed it (no longer offered or needed) before anything happened to it.</summary>
public enum LotStatus { Inventoried, Reserved, Harvested, Stored, Delivered, Installed, Recycled, Disposed, Withdrawn }

public enum OrganisationType
{
    Municipality,
    DemolitionContractor,
    Contractor,
    HousingCorporation,
    Developer,
    Architect,
    Wholesaler,
    HubOperator,
}

/// <summary>A planned match's life: proposed by the engine, accepted by both sides, then followed to installation.</summary>
public enum MatchStatus { Proposed, Accepted, Reserved, Harvested, InTransit, AtHub, Delivered, Installed, Rejected, Cancelled }
