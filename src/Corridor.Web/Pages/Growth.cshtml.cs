using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Growth;
using Corridor.Web.Features.Growth;
using Corridor.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages;

/// <summary>
/// The growth model: the matrix of elements × levels, the corridor's self-assessed level and the level its data supports
/// per element, the evidence, a radar chart over the assessment dates, and a form to add an assessment.
/// </summary>
internal sealed class GrowthModel(CorridorDb db, CorridorActor actor, TimeProvider time) : CorridorPageModel(db)
{
    public GrowthResponse? Growth { get; private set; }
    public bool IsMember { get; private set; }
    public bool CanAssess { get; private set; }
    public bool IsDirector { get; private set; }
    public IReadOnlyList<Organisation> AssessableOrganisations { get; private set; } = [];
    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    public string CorridorQuery => Corridors.Count > 1 && Corridor is not null ? $"?corridor={Corridor.Id}" : "";

    public async Task OnGetAsync(int? corridor, bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadAsync(corridor, ct);
    }

    public async Task<IActionResult> OnPostAsync(int? corridor, GrowthElement? element, int level, string? evidence, string? evidenceLink, int? organisationId, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return NotFound();
        if (!actor.IsSignedIn) return Challenge();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (assessment, refusal) = await GrowthEndpoints.PrepareAsync(Corridor!.Id, new AssessmentRequest(element, level, evidence, evidenceLink, organisationId, null), actor, Db, today, ct);
        if (refusal is not null)
        {
            Error = T["The assessment was not saved: check the element, level (1–5) and evidence, and whether you may assess this."];
            await LoadAsync(corridor, ct);
            return Page();
        }
        assessment!.CreatedUtc = time.GetUtcNow().UtcDateTime;
        await GrowthStore.AddAsync(Db, assessment, ct);
        var query = CorridorQuery.Length > 0 ? CorridorQuery + "&saved=true" : "?saved=true";
        return Redirect("/growth" + query);
    }

    async Task LoadAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        var id = Corridor!.Id;
        IsMember = actor.IsMember(id);
        IsDirector = actor.IsDirector(id);
        CanAssess = IsDirector || actor.IsPartner(id);
        if (IsMember) Growth = await GrowthEndpoints.ReadAsync(Db, id, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct);
        var mine = actor.OrganisationIds(id);
        AssessableOrganisations = await CorridorQueries.OrganisationsAsync(Db, id, IsDirector ? null : mine.ToList(), ct);
    }

    public string ElementName(GrowthElement e) => e switch
    {
        GrowthElement.MaterialInventory => T["Material inventory"],
        GrowthElement.ProjectsCalendar => T["Projects calendar"],
        GrowthElement.TransportHubs => T["Transport & hubs"],
        GrowthElement.ChainDirector => T["Chain director"],
        _ => T["Rules of the game"],
    };

    public string LevelName(int level) => GrowthMatrix.Cell(GrowthElement.MaterialInventory, level) is var c ? T.Choose(c.LevelEn, c.LevelNl, c.LevelDe) : "";

    public string Description(GrowthElement e, int level) => GrowthMatrix.Cell(e, level) is var c ? T.Choose(c.DescriptionEn, c.DescriptionNl, c.DescriptionDe) : "";

    public string Unit(string unit) => unit switch
    {
        "organisations" => T["organisations"],
        "matches" => T["matches"],
        "score 0–5" => T["score 0–5"],
        _ => unit,
    };

    /// <summary>The radar chart's data: one dataset per assessment date, plus the levels the indicators support.</summary>
    public object Chart() => new
    {
        labels = GrowthMatrix.Elements.Select(ElementName).ToList(),
        datasets = (Growth?.History ?? []).Select(h => new { label = T.Date(h.Date), data = h.Levels.Select(l => l ?? 0).ToList() })
            .Append(new { label = T["Supported by the data"], data = (Growth?.Levels ?? []).Select(l => (int)l.SupportedLevel).ToList() })
            .ToList(),
        levels = Enumerable.Range(1, 5).Select(LevelName).ToList(),
    };
}
