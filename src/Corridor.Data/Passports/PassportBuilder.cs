using System.Globalization;
using Corridor.Data.Entities;
using Corridor.Data.Impact;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Passports;

/// <summary>Builds the passport of a lot or a project from the database.</summary>
public static class PassportBuilder
{
    /// <summary>The life-cycle modules the carbon figures cover.</summary>
    public const string CarbonModules = "A1-A3";

    const string CarbonMethod = "Mass × the category's ICE v2.0 cradle-to-gate factor: the A1-A3 of an equivalent new product";
    const string CompositionMethod = "Composition: stored with the lot, else the category's ICE v2.0 rows and their mass shares";
    const string HistoryMethod = "History: every creation and status change, recorded by the database from migration 20261122000003 on";

    /// <summary>The passport of one lot (level product); null when the lot is not in the corridor.</summary>
    public static async Task<PassportDocument?> ForLotAsync(CorridorDb db, int corridorId, int lotId, DateTime nowUtc, CancellationToken ct = default)
    {
        var lot = await db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.CorridorId == corridorId && l.Id == lotId, ct);
        return lot is null ? null : await BuildAsync(db, corridorId, lot.ProjectId, [lot], "product", nowUtc, ct);
    }

    /// <summary>The passport of a project with all its lots (level building); null when the project is not in the corridor.</summary>
    public static async Task<PassportDocument?> ForProjectAsync(CorridorDb db, int corridorId, int projectId, DateTime nowUtc, CancellationToken ct = default)
    {
        if (!await db.Projects.AnyAsync(p => p.CorridorId == corridorId && p.Id == projectId, ct)) return null;
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProjectId == projectId).ToListAsync(ct);
        return await BuildAsync(db, corridorId, projectId, lots, "building", nowUtc, ct);
    }

    static async Task<PassportDocument> BuildAsync(
        CorridorDb db, int corridorId, int projectId, List<MaterialLot> lots, string level, DateTime nowUtc, CancellationToken ct)
    {
        var corridor = await db.Corridors.AsNoTracking().FirstAsync(c => c.Id == corridorId, ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Organisation).FirstAsync(p => p.Id == projectId, ct);
        var ids = lots.Select(l => l.Id).ToList();
        var certificates = (await db.LotCertificates.AsNoTracking().Where(c => ids.Contains(c.LotId)).OrderBy(c => c.Id).ToListAsync(ct)).ToLookup(c => c.LotId);
        var components = (await db.LotComponents.AsNoTracking().Where(c => ids.Contains(c.LotId)).OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct)).ToLookup(c => c.LotId);
        var provenance = (await db.LotProvenance.AsNoTracking().Where(c => ids.Contains(c.LotId)).OrderBy(c => c.Id).ToListAsync(ct)).ToLookup(c => c.LotId);
        var history = (await db.LotHistory.AsNoTracking().Where(e => ids.Contains(e.LotId)).ToListAsync(ct))
            .OrderBy(e => Utc(e.ChangedUtc)).ThenBy(e => e.Id).ToLookup(e => e.LotId);
        var matches = (await db.Matches.AsNoTracking()
            .Where(m => ids.Contains(m.DemandLotId) && m.Status != MatchStatus.Proposed && m.Status != MatchStatus.Rejected && m.Status != MatchStatus.Cancelled)
            .OrderBy(m => m.DeliveryDate).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.DemandLotId, m.MassKg, m.Status, Project = m.SupplyLot!.Project!.Code, ProjectName = m.SupplyLot.Project.Name,
                Lot = m.SupplyLot.Code, SupplyCategory = m.SupplyLot.CategoryKey, m.SupplyLot.Quality, DemandCategory = m.DemandLot!.CategoryKey,
            })
            .ToListAsync(ct)).ToLookup(m => m.DemandLotId);

        var sources = new List<string>();
        var products = new List<(string Element, PassportProduct Product)>();
        foreach (var lot in lots.OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            var category = ReferenceCatalog.CategoriesByKey[lot.CategoryKey];
            var factors = ImpactFactorTable.Of(category);
            Add(sources, factors.EmbodiedSource);
            var materials = components[lot.Id].Any()
                ? components[lot.Id].Select(c => new PassportMaterial(c.Material, c.MassShare, c.MassShare * lot.MassKg, c.IsRenewable, c.Source)).ToList()
                : MaterialComposition.Of(category).Select(p => new PassportMaterial(p.Material, p.MassShare, p.MassShare * lot.MassKg, p.IsRenewable, p.Source)).ToList();
            Add(sources, MaterialComposition.RenewableRule);
            var origins = matches[lot.Id]
                .Select(m => new PassportOrigin(m.Project, m.ProjectName, m.Lot, m.MassKg,
                    RLadder.Of(ImpactFactorTable.Of(ReferenceCatalog.CategoriesByKey[m.SupplyCategory]), factors, m.Quality),
                    Vocab.ToSnake(m.Status.ToString())))
                .Concat(provenance[lot.Id].Select(p => new PassportOrigin(p.OriginProject, p.OriginProjectName, p.OriginLot, p.MassKg, p.RStep, p.Status)))
                .ToList();
            var product = new PassportProduct(
                lot.Code, lot.Direction, new PassportCategory(category.Key, category.NameEn, category.NameNl), lot.Description,
                lot.Quantity, lot.Unit, lot.MassKg, lot.MassIsEstimated, lot.MassKgLow, lot.MassKgHigh, lot.LengthM, lot.WidthM, lot.HeightM,
                lot.Quality, lot.Status, lot.AvailableFrom, lot.AvailableTo, lot.Ewc, lot.IsHazardous, lot.NlSfb,
                new PassportCarbon(category.EmbodiedCo2eKgPerKg, lot.MassKg * category.EmbodiedCo2eKgPerKg, CarbonModules, factors.EmbodiedSource),
                materials,
                [.. certificates[lot.Id].Select(c => new PassportCertificate(c.Kind, c.Reference, c.Issuer, c.IssuedOn, c.ValidUntil, c.Url))],
                [.. history[lot.Id].Select(e => new PassportEvent(Utc(e.ChangedUtc), e.Kind, e.Status, e.PreviousStatus, e.Note))],
                origins);
            products.Add((NlSfbElements.ElementOf(lot.NlSfb ?? category.NlSfb), product));
        }

        var elements = products.GroupBy(p => p.Element).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PassportElement(g.Key, NlSfbElements.NameOf(g.Key), g.Sum(p => p.Product.MassKg),
                g.Sum(p => p.Product.EmbodiedCarbon.Co2eKg), [.. g.Select(p => p.Product)]))
            .ToList();
        var all = products.Select(p => p.Product).ToList();
        var totals = new PassportTotals(all.Count, all.Sum(p => p.MassKg), all.Sum(p => p.EmbodiedCarbon.Co2eKg),
            all.Sum(p => p.Materials.Where(m => m.IsRenewable).Sum(m => m.MassKg)), all.Count(p => p.IsHazardous));
        if (all.Any(p => p.MassIsEstimated))
            Add(sources, "Masses flagged estimated come from the category's typical unit mass or from the inventory estimator (corridor-mi-nearest/1), not from weighing or a survey");

        var building = new PassportBuilding(project.Code, project.Name, project.Kind, project.Status, project.Organisation?.Name, project.Address,
            project.Latitude, project.Longitude, project.Start, project.End, project.GrossFloorAreaM2, project.BuildingType, project.YearBuilt, project.Structure);
        return new PassportDocument(PassportDocument.SchemaVersion, Utc(nowUtc), level, new PassportCorridor(corridor.Code, corridor.Name), building,
            elements, totals,
            ["Platform CB'23, Paspoorten voor de bouw 3.0 (2022): levels building, element (NL-SfB), product (lot), material", CarbonMethod, CompositionMethod, HistoryMethod],
            sources);
    }

    static void Add(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    /// <summary>SQLite gives back unspecified kinds; every time in a passport is UTC.</summary>
    internal static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t, DateTimeKind.Utc),
    };

    internal static string Number(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
