using Corridor.Data.Import;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Inventory;

/// <summary>
/// The rule that keeps an import from breaking what partners agreed: a lot with agreed matches (accepted up to at the hub,
/// <see cref="MatchStates.Agreed"/>) may not be re-imported with less quantity than those matches use, nor with another
/// direction, category or unit (the agreed quantities would lose their meaning). Such rows are import errors naming the
/// lot and its matches; the partner cancels or reduces the matches first. Planning would otherwise stop for the whole corridor.
/// </summary>
public static class Commitments
{
    sealed record Use(int MatchId, string SupplyProject, string SupplyLot, string DemandProject, string DemandLot, decimal Quantity);

    /// <summary>Errors for the rows of <paramref name="rows"/> that would break an agreed match; empty when none would.</summary>
    public static async Task<IReadOnlyList<ImportIssue>> CheckAsync(CorridorDb db, int corridorId, IReadOnlyList<LotRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var uses = await db.Matches.AsNoTracking()
            .Where(m => m.CorridorId == corridorId && MatchStates.Agreed.Contains(m.Status))
            .Select(m => new Use(m.Id, m.SupplyLot!.Project!.Code, m.SupplyLot.Code, m.DemandLot!.Project!.Code, m.DemandLot.Code, m.Quantity))
            .ToListAsync(ct);
        if (uses.Count == 0) return [];
        var byLot = uses.SelectMany(u => new[] { (Key: Key(u.SupplyProject, u.SupplyLot), Use: u), (Key: Key(u.DemandProject, u.DemandLot), Use: u) })
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Use).ToList(), StringComparer.OrdinalIgnoreCase);
        var lots = (await db.Lots.AsNoTracking().Where(l => l.CorridorId == corridorId)
                .Where(l => db.Matches.Any(m => (m.SupplyLotId == l.Id || m.DemandLotId == l.Id) && MatchStates.Agreed.Contains(m.Status)))
                .Select(l => new { Project = l.Project!.Code, l.Code, l.Direction, l.CategoryKey, l.Unit })
                .ToListAsync(ct))
            .ToDictionary(l => Key(l.Project, l.Code), StringComparer.OrdinalIgnoreCase);

        var issues = new List<ImportIssue>();
        foreach (var row in rows)
        {
            var key = Key(row.ProjectCode, row.LotCode);
            if (!byLot.TryGetValue(key, out var matches) || !lots.TryGetValue(key, out var lot)) continue;
            var used = matches.Sum(m => m.Quantity);
            var unit = Vocab.UnitText(lot.Unit);
            var list = string.Join(", ", matches.Select(m => $"match {m.MatchId}: {m.Quantity:0.###} {unit} {m.SupplyProject}/{m.SupplyLot} → {m.DemandProject}/{m.DemandLot}"));
            string? column = null, value = null, message = null;
            if (row.Direction != lot.Direction) (column, value, message) = ("direction", row.Direction.ToString().ToLowerInvariant(), "may not change");
            else if (!string.Equals(row.CategoryKey, lot.CategoryKey, StringComparison.OrdinalIgnoreCase)) (column, value, message) = ("category", row.CategoryKey, "may not change");
            else if (row.Unit != lot.Unit) (column, value, message) = ("unit", Vocab.UnitText(row.Unit), "may not change");
            else if (row.Quantity < used) (column, value, message) = ("quantity", row.Quantity.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
                $"is less than the {used:0.###} {unit} its agreed matches use");
            if (message is null) continue;
            issues.Add(new ImportIssue(IssueSeverity.Error, row.File, row.Sheet, row.Row, column, value,
                $"Lot {row.ProjectCode}/{row.LotCode} has agreed matches ({list}); its {column} {message}. Cancel or reduce those matches first, or keep the lot as agreed."));
        }
        return issues;
    }

    static string Key(string project, string lot) => project + "/" + lot;
}
