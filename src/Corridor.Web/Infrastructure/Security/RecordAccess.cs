using Corridor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>Record-level checks the handlers share: null when the actor may change the record, else the result to return.</summary>
internal static class RecordAccess
{
    public static async Task<ProblemHttpResult?> CheckProjectAsync(this CorridorActor actor, CorridorDb db, int corridorId, int projectId, CancellationToken ct)
    {
        var project = await db.Projects.Where(p => p.CorridorId == corridorId && p.Id == projectId)
            .Select(p => new { p.OrganisationId }).FirstOrDefaultAsync(ct);
        if (project is null) return Missing("project");
        return actor.CanEdit(corridorId, project.OrganisationId) ? null : Denied.NotYours("project");
    }

    public static async Task<ProblemHttpResult?> CheckLotAsync(this CorridorActor actor, CorridorDb db, int corridorId, int lotId, CancellationToken ct)
    {
        var lot = await db.Lots.Where(l => l.CorridorId == corridorId && l.Id == lotId)
            .Select(l => new { l.Project!.OrganisationId }).FirstOrDefaultAsync(ct);
        if (lot is null) return Missing("lot");
        return actor.CanEdit(corridorId, lot.OrganisationId) ? null : Denied.NotYours("lot");
    }

    /// <summary>404 as problem details: the record is not in this corridor.</summary>
    public static ProblemHttpResult Missing(string what) =>
        TypedResults.Problem(title: "Not Found", detail: $"There is no such {what} in this corridor.", statusCode: StatusCodes.Status404NotFound);
}
