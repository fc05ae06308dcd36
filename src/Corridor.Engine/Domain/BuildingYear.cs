namespace Corridor.Engine.Domain;

/// <summary>
/// The plausible construction years of a project's building, one rule for the import and the project API: from
/// <see cref="Earliest"/> to <see cref="YearsAhead"/> years after the current year (a new build's planned year).
/// </summary>
public static class BuildingYear
{
    /// <summary>The earliest construction year accepted.</summary>
    public const int Earliest = 1000;

    /// <summary>How many years after the current year a (planned) construction year may lie.</summary>
    public const int YearsAhead = 5;

    /// <summary>The latest construction year accepted in <paramref name="currentYear"/>.</summary>
    public static int Latest(int currentYear) => currentYear + YearsAhead;

    /// <summary>Whether <paramref name="year"/> is a plausible construction year in <paramref name="currentYear"/>.</summary>
    public static bool IsPlausible(double year, int currentYear) => year == Math.Floor(year) && year >= Earliest && year <= Latest(currentYear);
}
