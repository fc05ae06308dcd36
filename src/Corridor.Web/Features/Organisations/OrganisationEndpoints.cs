using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Organisations;

internal sealed record OrganisationResponse(int Id, string Name, OrganisationType? Type);

internal sealed record CreateOrganisationRequest(string Name, OrganisationType? Type, string? ContactEmail);

internal static class OrganisationEndpoints
{
    public static RouteGroupBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", List).WithName("ListOrganisations").Allow(Access.Public).WithSummary("The corridor's partners");
        group.MapPost("/", Create).WithName("CreateOrganisation").Allow(Access.Director).WithSummary("Register a partner organisation");
        return group;
    }

    static async Task<Ok<List<OrganisationResponse>>> List(int corridorId, CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Organisations.Where(o => o.CorridorId == corridorId).OrderBy(o => o.Name)
                .Select(o => new OrganisationResponse(o.Id, o.Name, o.Type)).ToListAsync(ct));

    static async Task<Results<Created<OrganisationResponse>, ValidationProblem>> Create(int corridorId, CreateOrganisationRequest request, CorridorDb db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("name", request.Name);
        if (!errors.Any && await db.Organisations.AnyAsync(o => o.CorridorId == corridorId && o.Name == request.Name.Trim(), ct))
            errors.Add("name", "An organisation with this name exists already in this corridor.");
        if (request.ContactEmail is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
            errors.Add("contactEmail", "Not an e-mail address.");
        if (errors.Any) return errors.Problem();

        var org = new Organisation { CorridorId = corridorId, Name = request.Name.Trim(), Type = request.Type, ContactEmail = request.ContactEmail };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/corridors/{corridorId}/organisations/{org.Id}", new OrganisationResponse(org.Id, org.Name, org.Type));
    }
}
