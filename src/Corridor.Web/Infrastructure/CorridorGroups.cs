using System.Globalization;
using Corridor.Data;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure;

/// <summary>
/// The one place that answers 404 for a missing corridor: every <c>/api/corridors/{corridorId}/…</c> group is mapped
/// through <see cref="MapCorridorGroup"/>, whose <see cref="CorridorExists"/> filter runs before the endpoint's own
/// filters (the <c>Allow</c> authorisation) and its handler. Handlers may then take the corridor's existence for granted.
/// </summary>
internal static class CorridorGroups
{
    public const string Prefix = "/api/corridors/{corridorId:int}";

    /// <summary>A route group under <see cref="Prefix"/> (plus <paramref name="path"/>) that 404s for a missing corridor.</summary>
    public static RouteGroupBuilder MapCorridorGroup(this IEndpointRouteBuilder app, string path = "")
    {
        var group = app.MapGroup(Prefix + path);
        group.AddEndpointFilter<CorridorExists>();
        group.ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}

/// <summary>Answers ProblemDetails 404 when the route's corridor does not exist; otherwise passes on.</summary>
internal sealed class CorridorExists : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.RouteValues.TryGetValue("corridorId", out var value) ||
            !int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var corridorId))
            return NoSuchCorridor(value);
        var db = http.RequestServices.GetRequiredService<CorridorDb>();
        return await db.Corridors.AnyAsync(c => c.Id == corridorId, http.RequestAborted) ? await next(context) : NoSuchCorridor(corridorId);
    }

    static IResult NoSuchCorridor(object? id) =>
        TypedResults.Problem(title: "Not Found", detail: $"There is no corridor {id}.", statusCode: StatusCodes.Status404NotFound);
}
