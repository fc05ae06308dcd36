using System.Text.Json;
using Corridor.Data.Entities;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Passports;

/// <summary>A problem in a passport, located by its JSON path (e.g. <c>elements[0].products[2].category.key</c>).</summary>
public sealed record PassportIssue(string Path, string Message)
{
    /// <summary>The issue as <c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}

/// <param name="Lots">Codes of the lots created (or that would be, in a dry run).</param>
/// <param name="Succeeded">True when the passport was (or would be) imported.</param>
/// <param name="IsDryRun">True when nothing was written.</param>
/// <param name="ProjectCode">The project's code.</param>
/// <param name="ProjectCreated">True when the project was new to the corridor.</param>
/// <param name="Errors">Why it was refused, by JSON path.</param>
public sealed record PassportImportResult(
    bool Succeeded, bool IsDryRun, string? ProjectCode, bool ProjectCreated, IReadOnlyList<string> Lots, IReadOnlyList<PassportIssue> Errors);

/// <summary>
/// Imports a passport into a corridor, all or nothing: its project (created when the corridor has no project with its
/// code) and every product as a new lot, with composition, certificates, origins and history as the passport states them,
/// plus one <see cref="LotEventKind.Imported"/> event. Exporting the lot again gives the same passport plus that event.
/// </summary>
public static class PassportImport
{
    /// <summary>Reads a passport; a malformed document gives one issue naming the JSON path.</summary>
    public static async Task<(PassportDocument? Document, IReadOnlyList<PassportIssue> Errors)> ReadAsync(Stream json, CancellationToken ct = default)
    {
        try
        {
            var doc = await JsonSerializer.DeserializeAsync<PassportDocument>(json, PassportJson.Options, ct);
            return doc is null ? (null, [new("$", "The passport is empty (null).")]) : (doc, []);
        }
        catch (JsonException e)
        {
            return (null, [new(e.Path ?? "$", "Not a valid passport: " + e.Message.Split(" Path:")[0])]);
        }
    }

    /// <summary>Writes (or, in a dry run, checks) a passport's project and lots; all or nothing.</summary>
    public static async Task<PassportImportResult> ApplyAsync(
        CorridorDb db, int corridorId, PassportDocument doc, DateTime nowUtc, bool dryRun = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(doc);
        var errors = PassportValidation.Validate(doc);
        var building = doc.Building;
        var products = (doc.Elements ?? []).SelectMany((e, i) => (e?.Products ?? []).Select((p, j) => (Path: $"elements[{i}].products[{j}]", Product: p))).ToList();
        Project? project = null;
        if (errors.Count == 0)
        {
            project = await db.Projects.FirstOrDefaultAsync(p => p.CorridorId == corridorId && p.Code == building.ProjectCode.Trim(), ct);
            if (project is not null)
            {
                var existing = (await db.Lots.Where(l => l.ProjectId == project.Id).Select(l => l.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                errors.AddRange(products.Where(p => existing.Contains(p.Product.LotCode.Trim()))
                    .Select(p => new PassportIssue(p.Path + ".lotCode", $"Project {project.Code} has a lot '{p.Product.LotCode}' already; a passport only creates new lots.")));
            }
        }
        var codes = products.Select(p => p.Product?.LotCode?.Trim() ?? "").ToList();
        if (errors.Count > 0) return new PassportImportResult(false, dryRun, building?.ProjectCode, false, codes, errors);
        if (dryRun) return new PassportImportResult(true, true, building.ProjectCode, project is null, codes, []);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = project is null;
        project ??= await CreateProjectAsync(db, corridorId, building, ct);
        var rules = PassportValidation.Rules();
        var lots = products.Select(p => PassportValidation.Draft(rules, p.Product).ToEntity(corridorId, project.Id)).ToList();
        db.Lots.AddRange(lots);
        await db.SaveChangesAsync(ct);

        var ids = lots.Select(l => l.Id).ToList();
        // The triggers recorded a creation now; the passport's own history replaces it.
        await db.LotHistory.Where(e => ids.Contains(e.LotId)).ExecuteDeleteAsync(ct);
        var stamp = Microseconds(PassportBuilder.Utc(nowUtc));
        foreach (var (lot, (_, p)) in lots.Zip(products))
        {
            db.LotHistory.AddRange((p.History ?? []).Select(e => new LotStatusEvent
            {
                CorridorId = corridorId, LotId = lot.Id, Kind = e.Kind, Status = e.Status, PreviousStatus = e.PreviousStatus,
                ChangedUtc = Microseconds(PassportBuilder.Utc(e.AtUtc)), Note = e.Note,
            }));
            db.LotHistory.Add(new LotStatusEvent
            {
                CorridorId = corridorId, LotId = lot.Id, Kind = LotEventKind.Imported, Status = lot.Status, ChangedUtc = stamp,
                Note = $"Imported from passport {doc.Schema} of corridor {doc.Corridor?.Code ?? "(unnamed)"}, generated {PassportBuilder.Utc(doc.GeneratedUtc):yyyy-MM-ddTHH:mm:ssZ}",
            });
            db.LotComponents.AddRange((p.Materials ?? []).Select((m, i) => new LotComponent
            {
                CorridorId = corridorId, LotId = lot.Id, Position = i, Material = m.Material.Trim(), MassShare = m.MassShare,
                IsRenewable = m.IsRenewable, Source = m.Source,
            }));
            db.LotCertificates.AddRange((p.Certificates ?? []).Select(c => new LotCertificate
            {
                CorridorId = corridorId, LotId = lot.Id, Kind = c.Kind.Trim(), Reference = c.Reference.Trim(), Issuer = c.Issuer,
                IssuedOn = c.IssuedOn, ValidUntil = c.ValidUntil, Url = c.Url,
            }));
            db.LotProvenance.AddRange((p.Origins ?? []).Select(o => new LotProvenance
            {
                CorridorId = corridorId, LotId = lot.Id, OriginProject = o.Project.Trim(), OriginProjectName = o.ProjectName, OriginLot = o.Lot,
                MassKg = o.MassKg, RStep = o.RStep, Status = o.Status,
            }));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PassportImportResult(true, false, project.Code, created, codes, []);
    }

    static async Task<Project> CreateProjectAsync(CorridorDb db, int corridorId, PassportBuilding b, CancellationToken ct)
    {
        Organisation? organisation = null;
        if (!string.IsNullOrWhiteSpace(b.Organisation))
        {
            var name = b.Organisation.Trim();
            organisation = await db.Organisations.FirstOrDefaultAsync(o => o.CorridorId == corridorId && o.Name == name, ct)
                           ?? db.Organisations.Add(new Organisation { CorridorId = corridorId, Name = name }).Entity;
        }
        var project = new Project
        {
            CorridorId = corridorId, Code = b.ProjectCode.Trim(), Name = b.Name.Trim(), Kind = b.Kind, Status = b.Status, Organisation = organisation,
            Address = b.Address, Latitude = b.Latitude, Longitude = b.Longitude, Start = b.Start, End = b.End,
            GrossFloorAreaM2 = b.GrossFloorAreaM2, BuildingType = b.BuildingType, YearBuilt = b.YearBuilt, Structure = b.Structure,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return project;
    }

    /// <summary>PostgreSQL keeps microseconds; cut there so a time reads back as written on both databases.</summary>
    static DateTime Microseconds(DateTime t) => new(t.Ticks - t.Ticks % 10, t.Kind);
}
