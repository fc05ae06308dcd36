using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>
/// Who may call an endpoint, checked before its handler runs. Record-level rules (a partner changes only its own
/// organisation's projects) are checked by the handler on top, through <see cref="CorridorActor"/>.
/// </summary>
internal enum Access
{
    /// <summary>Anyone, signed in or not (private fields are still hidden by the handler).</summary>
    Public,
    /// <summary>Any signed-in user.</summary>
    SignedIn,
    /// <summary>Any member of the corridor in the route (director, partner or hub operator).</summary>
    Member,
    /// <summary>The corridor's chain director, or a partner (the handler checks which records are theirs).</summary>
    Partner,
    /// <summary>The corridor's chain director, or a hub operator (the handler checks which hub is theirs).</summary>
    HubOperator,
    /// <summary>The corridor's chain director only.</summary>
    Director,
}

/// <summary>Endpoint metadata naming its <see cref="Access"/>; the authorisation test checks every endpoint has one.</summary>
internal sealed record AccessMetadata(Access Access);

internal static class AccessExtensions
{
    /// <summary>Declares and enforces who may call the endpoint(s): 401 when signing in would help, 403 when it would not.</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder builder, Access access) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AccessMetadata(access));
        if (access == Access.Public) return builder;
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var actor = context.HttpContext.RequestServices.GetRequiredService<CorridorActor>();
            if (!actor.IsSignedIn) return Denied.SignIn();
            if (access == Access.SignedIn) return await next(context);
            if (!TryCorridor(context.HttpContext, out var corridorId)) return Denied.Forbidden("This endpoint belongs to a corridor.");
            var allowed = access switch
            {
                Access.Member => actor.IsMember(corridorId),
                Access.Partner => actor.IsDirector(corridorId) || actor.IsPartner(corridorId),
                Access.HubOperator => actor.IsDirector(corridorId) || actor.IsHubOperator(corridorId),
                Access.Director => actor.IsDirector(corridorId),
                _ => false,
            };
            return allowed ? await next(context) : Denied.Forbidden(Explain(access));
        });
        return builder;
    }

    static bool TryCorridor(HttpContext http, out int corridorId)
    {
        corridorId = 0;
        return http.Request.RouteValues.TryGetValue("corridorId", out var value) && int.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out corridorId);
    }

    static string Explain(Access access) => access switch
    {
        Access.Member => "Only members of this corridor may do this.",
        Access.Partner => "Only the chain director and the corridor's partners may do this.",
        Access.HubOperator => "Only the chain director and the corridor's hub operators may do this.",
        _ => "Only the corridor's chain director may do this.",
    };
}

/// <summary>The two refusals, as problem details.</summary>
internal static class Denied
{
    public static ProblemHttpResult SignIn() =>
        TypedResults.Problem(title: "Sign in first", detail: "Sign in (cookie) or send 'Authorization: Bearer <token>'.", statusCode: StatusCodes.Status401Unauthorized);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Not allowed", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>A record-level refusal: signed in but the record is not theirs.</summary>
    public static ProblemHttpResult NotYours(string what) =>
        Forbidden($"Only the chain director and the partners of the organisation that owns this {what} may change it.");
}
