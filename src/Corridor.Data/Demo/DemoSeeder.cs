using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Data.Demo;

/// <summary>
/// Seeds the demo corridor (Amersfoort region) into an empty database. The demo files are dated from
/// <see cref="DemoCorridor.AnchorDate"/>; every date is shifted by whole months so the demo always lies in the two
/// years after today. Donor inventories are estimated from each building's facts (<c>DemoCorridor.EstimateSupplyLots</c>).
/// </summary>
public static class DemoSeeder
{
    /// <summary>The demo corridor's code.</summary>
    public const string CorridorCode = "amersfoort-demo";

    /// <summary>Seeds the demo corridor, its dates shifted to lie after <paramref name="today"/>; what the import wrote.</summary>
    public static async Task<ImportSummary> SeedAsync(CorridorDb db, DateOnly today, CancellationToken ct = default)
    {
        var corridor = new CorridorRegion
        {
            Code = CorridorCode,
            Name = "Amersfoort region (demo)",
            Description = "Demo corridor: real places in Amersfoort and its neighbours, illustrative projects, dates and inventories.",
            IsDemo = true,
            CreatedUtc = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync(ct);

        var categories = ReferenceCatalog.Categories;
        var files = new[] { "projects.csv", "hubs.csv", "demand-lots.csv", "surveyed-supply-lots.csv" }
            .Select(name => (name, DemoCorridor.OpenFile(name))).ToList();
        ImportBatch batch;
        try
        {
            batch = InventoryFileReader.Read(files, categories, new ImportLimits());
        }
        finally
        {
            foreach (var (_, stream) in files) await stream.DisposeAsync();
        }
        if (batch.HasErrors)
            throw new InvalidOperationException("The shipped demo files are invalid: " + string.Join("; ", batch.Errors.Take(5)));

        var months = DemoCorridor.MonthsToShift(today);
        var shifted = new ImportBatch();
        shifted.Projects.AddRange(batch.Projects.Select(p => p with { Start = p.Start.AddMonths(months), End = p.End.AddMonths(months) }));
        shifted.Hubs.AddRange(batch.Hubs.Select(h => h with { Opens = h.Opens?.AddMonths(months), Closes = h.Closes?.AddMonths(months) }));
        shifted.Lots.AddRange(batch.Lots.Select(l => Shift(l, months)));
        shifted.Lots.AddRange(DemoCorridor.EstimateSupplyLots(shifted.Projects, categories));

        var outcome = await InventoryStore.ApplyAsync(db, corridor.Id, shifted, ct: ct);
        var summary = outcome.Summary ?? throw new InvalidOperationException("Seeding the demo failed: " + string.Join("; ", outcome.Errors.Take(5)));
        await DemoAccounts.SeedAsync(db, corridor.Id, corridor.CreatedUtc, ct);
        return summary;
    }

    static LotRow Shift(LotRow l, int months) =>
        l with { AvailableFrom = l.AvailableFrom.AddMonths(months), AvailableTo = l.AvailableTo.AddMonths(months) };
}
