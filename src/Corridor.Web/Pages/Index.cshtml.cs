using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages;

public sealed class IndexModel(CorridorDb db) : PageModel
{
    public sealed record Row(string Code, string Name, ProjectKind Kind, ProjectStatus Status, string? Organisation, string? Address,
        double Latitude, double Longitude, DateOnly Start, DateOnly End, double SupplyKg, double DemandKg, int Lots);

    public CorridorRegion? Corridor { get; private set; }
    public IReadOnlyList<CorridorRegion> Corridors { get; private set; } = [];
    public IReadOnlyList<Row> Projects { get; private set; } = [];

    public async Task OnGetAsync(int? corridor, CancellationToken ct)
    {
        Corridors = await db.Corridors.OrderBy(c => c.Id).ToListAsync(ct);
        Corridor = Corridors.FirstOrDefault(c => c.Id == corridor) ?? Corridors.FirstOrDefault();
        if (Corridor is null) return;
        Projects = await db.Projects.Where(p => p.CorridorId == Corridor.Id).OrderBy(p => p.Start).ThenBy(p => p.Code)
            .Select(p => new Row(p.Code, p.Name, p.Kind, p.Status, p.Organisation != null ? p.Organisation.Name : null, p.Address,
                p.Latitude, p.Longitude, p.Start, p.End,
                p.Lots.Where(l => l.Direction == LotDirection.Supply).Sum(l => l.MassKg),
                p.Lots.Where(l => l.Direction == LotDirection.Demand).Sum(l => l.MassKg),
                p.Lots.Count))
            .ToListAsync(ct);
    }
}
