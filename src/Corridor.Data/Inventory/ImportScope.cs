using Corridor.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Inventory;

/// <summary>
/// What a partner's import may touch: projects of its own organisations (a project row without organisation becomes
/// theirs), lots of those projects, and no hubs. The chain director's imports have no scope.
/// </summary>
/// <param name="Organisations">The names of the organisations the partner acts for.</param>
public sealed record ImportScope(IReadOnlyList<string> Organisations)
{
    /// <summary>Every row outside the scope, as an error naming its file, row and column.</summary>
    public async Task<List<ImportIssue>> CheckAsync(CorridorDb db, int corridorId, ImportBatch batch, CancellationToken ct)
    {
        var mine = Organisations.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<ImportIssue>();
        foreach (var h in batch.Hubs)
            errors.Add(Error(h.File, h.Sheet, h.Row, "code", h.Code, "Only the chain director registers hubs."));
        for (int i = 0; i < batch.Projects.Count; i++)
        {
            var p = batch.Projects[i];
            if (string.IsNullOrWhiteSpace(p.Organisation))
            {
                if (Organisations.Count == 1) batch.Projects[i] = p with { Organisation = Organisations[0] };
                else errors.Add(Error(p.File, p.Sheet, p.Row, "organisation", p.Organisation, $"Name the organisation: you act for {string.Join(", ", Organisations)}."));
            }
            else if (!mine.Contains(p.Organisation.Trim()))
                errors.Add(Error(p.File, p.Sheet, p.Row, "organisation", p.Organisation, $"You may register projects only for {string.Join(", ", Organisations)}."));
        }
        var codes = batch.Projects.Select(p => p.Code).Concat(batch.Lots.Select(l => l.ProjectCode)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var existing = await db.Projects.Where(p => p.CorridorId == corridorId && codes.Contains(p.Code))
            .Select(p => new { p.Code, Organisation = p.Organisation != null ? p.Organisation.Name : null })
            .ToListAsync(ct);
        var owners = existing.ToDictionary(p => p.Code, p => p.Organisation, StringComparer.OrdinalIgnoreCase);
        foreach (var p in batch.Projects)
            if (owners.TryGetValue(p.Code, out var owner) && (owner is null || !mine.Contains(owner)))
                errors.Add(Error(p.File, p.Sheet, p.Row, "code", p.Code, "This project belongs to another organisation; only its partners and the chain director change it."));
        var inFile = batch.Projects.Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var l in batch.Lots)
            if (!inFile.Contains(l.ProjectCode) && owners.TryGetValue(l.ProjectCode, out var owner) && (owner is null || !mine.Contains(owner)))
                errors.Add(Error(l.File, l.Sheet, l.Row, "project_code", l.ProjectCode, "This project belongs to another organisation; you cannot add or change its lots."));
        return errors;
    }

    static ImportIssue Error(string file, string? sheet, int row, string column, string? value, string message) =>
        new(IssueSeverity.Error, file, sheet, row, column, value, message);
}
