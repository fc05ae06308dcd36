using Corridor.Data.Views;
using Corridor.Data.Impact;
using System.Text;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.Rules;
using Corridor.Data.Lots;
using Corridor.Data.Workflow;
using Corridor.Engine.Domain;
using Corridor.Web.Features.Imports;
using Corridor.Web.Infrastructure;
using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web.Pages.Projects;

/// <summary>
/// One project: its facts, its inventory (price and private notes only for its own partners and the chain director) and an upload of CSV/XLSX inventory
/// files through the same all-or-nothing import as the API (<see cref="InventoryImport"/>).
/// </summary>
[RequestSizeLimit(ImportEndpoints.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEndpoints.MaxUploadBytes)]
internal sealed class ProjectModel(CorridorDb db, CategoryIndex categories, CorridorActor actor, TimeProvider time) : CorridorPageModel(db)
{
    /// <summary>Today by the app's clock: the day lot states (<see cref="LotStates.State"/>) are judged on.</summary>
    public DateOnly Today { get; } = CorridorClock.Today(time);

    /// <summary>The lot an extend or close form was sent for, and what went wrong with it (shown next to it).</summary>
    public int? DecisionLotId { get; private set; }
    public string? DecisionProblem { get; private set; }
    /// <summary>What the last extend or close did, for the confirmation above the inventory.</summary>
    public string? DecisionDone { get; private set; }

    /// <summary>Uploads and estimates change the project: its organisation's partners and the chain director only.</summary>
    public bool CanChange => Project is not null && actor.CanEdit(Project.CorridorId, Project.OrganisationId);

    public bool IsSignedIn => actor.IsSignedIn;

    /// <summary>The viewer sees lot prices (the price column), by the same rule as the marketplace.</summary>
    public bool ShowsPrice { get; private set; }

    IActionResult Refuse() => actor.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();

    public Project? Project { get; private set; }
    public string? OrganisationName { get; private set; }
    public IReadOnlyList<ProjectLot> Lots { get; private set; } = [];
    public MapModel? Map { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public IReadOnlyList<string> UploadedFiles { get; private set; } = [];
    public string? UploadProblem { get; private set; }
    public EstimateOutcome? Estimate { get; private set; }
    public IReadOnlyDictionary<string, string> EstimateErrors { get; private set; } = new Dictionary<string, string>();

    public bool CanEstimate => Project?.Kind is ProjectKind.Demolition or ProjectKind.Renovation or ProjectKind.VacantBuilding;

    public async Task<IActionResult> OnGetAsync(string code, int? corridor, CancellationToken ct) =>
        await LoadAsync(code, corridor, ct) ? Page() : NotFound();

    /// <summary>A CSV lot file with the columns the import knows and one example row for this project.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string code, int? corridor, CancellationToken ct)
    {
        if (!await LoadAsync(code, corridor, ct)) return NotFound();
        var csv = new StringBuilder()
            .Append("project_code,lot_code,direction,category,quantity,unit,available_from,available_to,description,mass_kg,quality,nl_sfb,ewc,price_eur\n")
            .Append(Project!.Code).Append(",L-001,supply,doors,40,pcs,")
            .Append(Project.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
            .Append(Project.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(",Interior doors 930x2315 mm,,A,32,,\n");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"{Project.Code}-lots.csv");
    }

    /// <summary>One of the example import files (<see cref="SampleFiles"/>), dated from today: the same files <c>corridor samples</c> writes.</summary>
    public async Task<IActionResult> OnGetSampleAsync(string code, int? corridor, string? name, CancellationToken ct)
    {
        if (!await LoadAsync(code, corridor, ct)) return NotFound();
        if (name is null || !SampleFiles.Names.Contains(name, StringComparer.Ordinal)) return NotFound();
        return File(SampleFiles.Get(name, Today).Bytes, "text/csv", name);
    }

    /// <summary>The example files the upload section offers, in import order.</summary>
    public IReadOnlyList<SampleFile> Samples => SampleFiles.All(Today);

    /// <summary>Estimates the inventory from the project's own facts and stores it as estimated lots (all or nothing).</summary>
    public async Task<IActionResult> OnPostEstimateAsync(string code, int? corridor, bool dryRun, CancellationToken ct)
    {
        if (!await LoadAsync(code, corridor, ct)) return NotFound();
        if (!CanChange) return Refuse();
        var result = await InventoryEstimates.ForProjectAsync(Db, Corridor!.Id, Project!.Id,
            new BuildingFactsRequest(null, null, null, null, null, null), dryRun, ct);
        if (result is not { } r) return NotFound();
        Estimate = r.Outcome;
        EstimateErrors = r.Errors;
        if (!dryRun && r.Outcome is not null) await LoadAsync(code, corridor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string code, int? corridor, List<IFormFile> files, bool dryRun, CancellationToken ct)
    {
        if (!await LoadAsync(code, corridor, ct)) return NotFound();
        if (!CanChange) return Refuse();
        files = [.. Uploads.WithContent(files)];
        if (files.Count == 0)
        {
            UploadProblem = T["Choose one or more CSV or XLSX files first."];
            return Page();
        }
        try
        {
            Outcome = await Uploads.ImportAsync(files, Db, Corridor!.Id, categories, dryRun, await ImportScopes.ForAsync(actor, Db, Corridor.Id, ct), ct);
        }
        catch (ImportBusyException)
        {
            UploadProblem = T["Another import into this corridor is being written right now; nothing was changed. Upload the files again in a few seconds."];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        UploadedFiles = files.Select(f => Path.GetFileName(f.FileName)).ToList();
        // The import leaves the context empty (InventoryStore.ApplyAsync), so the page reads what was stored.
        if (Outcome.Succeeded && !Outcome.IsDryRun) await LoadAsync(code, corridor, ct);
        return Page();
    }

    /// <summary>Extends an expired (or any still open) lot's window to a new end date: after today and after its start (<see cref="LotWindows"/>).</summary>
    public async Task<IActionResult> OnPostExtendAsync(string code, int? corridor, int lotId, string? availableTo, CancellationToken ct)
    {
        if (!await LoadAsync(code, corridor, ct)) return NotFound();
        if (!CanChange) return Refuse();
        if (Lots.All(l => l.Id != lotId)) return NotFound();
        DecisionLotId = lotId;
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(availableTo))
        {
            if (DateOnly.TryParseExact(availableTo.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)) date = d;
            else
            {
                DecisionProblem = T["The new end date must be written yyyy-mm-dd."];
                return Page();
            }
        }
        var outcome = await LotWindows.ExtendAsync(Db, Corridor!.Id, lotId, date, new AuditActor(actor.UserId, actor.Name), time, ct);
        return await DecidedAsync(code, corridor, outcome, T["Window extended."], ct);
    }

    /// <summary>Closes (withdraws) a lot: no longer offered, needed or planned.</summary>
    public async Task<IActionResult> OnPostCloseAsync(string code, int? corridor, int lotId, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(code, corridor, ct)) return NotFound();
        if (!CanChange) return Refuse();
        if (Lots.All(l => l.Id != lotId)) return NotFound();
        DecisionLotId = lotId;
        var outcome = await LotWindows.CloseAsync(Db, Corridor!.Id, lotId, reason, new AuditActor(actor.UserId, actor.Name), time, ct);
        return await DecidedAsync(code, corridor, outcome, T["Lot closed."], ct);
    }

    async Task<IActionResult> DecidedAsync(string code, int? corridor, LotWindows.Outcome outcome, string done, CancellationToken ct)
    {
        if (outcome.Errors.Count > 0)
        {
            DecisionProblem = outcome.Extension switch
            {
                LotWindows.ExtensionProblem.NotAfterToday => T["The new end date must be after today."],
                LotWindows.ExtensionProblem.NotAfterStart => T["The new end date must be after the start of the window."],
                LotWindows.ExtensionProblem.Missing => T["Give the new end date."],
                _ => T["The reason is too long (at most 500 characters)."],
            };
            return Page();
        }
        if (outcome.Conflict is not null)
        {
            DecisionProblem = T["This lot can no longer be extended or closed: it is reserved, held by an agreed match or already on its way."];
            return Page();
        }
        await LoadAsync(code, corridor, ct);
        DecisionDone = done;
        return Page();
    }

    async Task<bool> LoadAsync(string code, int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return false;
        var id = Corridor!.Id;
        var page = await ProjectPageQueries.LoadAsync(Db, id, code, ct);
        if (page is null) { Project = null; return false; }
        (Project, OrganisationName, Lots) = (page.Project, page.OrganisationName, page.Lots);
        // The price under the one visibility rule of the marketplace and the lot API (RuleVisibility.VisiblePrice: the
        // project's partners and the director, every member when the rules share prices, 0 for all when free of charge);
        // private notes for the project's own partners and the chain director only.
        var rules = await RuleSets.SettingsAsync(Db, id, ct);
        var organisationId = Project.OrganisationId;
        ShowsPrice = actor.VisiblePrice(rules, id, organisationId, 0m, 0) is not null;
        var notes = CanChange;
        Lots = Lots.Select(l => l with { PriceEur = actor.VisiblePrice(rules, id, organisationId, l.PriceEur, l.MassKg), Notes = notes ? l.Notes : null }).ToList();
        var hubs = await CorridorQueries.HubsAsync(Db, id, ct);
        var role = MapSymbols.Of(page.Role);
        Map = new MapModel("project-map", T["Map of the project and the corridor's hubs"],
            [new MapPoint(role, Project.Latitude, Project.Longitude, Project.Name, null, Project.Address, Project.Code),
             .. hubs.Select(h => MapSymbols.HubPoint(h, T))])
        {
            Legend = [role, MapSymbol.Hub],
        };
        return true;
    }

    public string CategoryName(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;

    public string CorridorQuery => Corridors.Count > 1 ? $"?corridor={Corridor!.Id}" : "";
}
