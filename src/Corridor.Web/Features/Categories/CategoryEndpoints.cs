using Corridor.Web.Infrastructure.Security;
using Corridor.Engine.Domain;

namespace Corridor.Web.Features.Categories;

internal sealed record CategoryResponse(
    string Key, string NameEn, string NameNl, QuantityUnit DefaultUnit, double TypicalKgPerUnit,
    double StorageM2PerTonne, string StorageM2PerTonneNote, double EmbodiedCo2eKgPerKg, string EmbodiedSource,
    string Ewc, string NlSfb, string EndOfLifeRoute, double EndOfLifeCo2eKgPerKg, string Notes, string? NameDe = null)
{
    public static CategoryResponse From(MaterialCategory c) => new(c.Key, c.NameEn, c.NameNl, c.DefaultUnit, c.TypicalKgPerUnit,
        c.StorageM2PerTonne, "Assumption: no standard m² per tonne figure exists; configurable.", c.EmbodiedCo2eKgPerKg,
        c.EmbodiedSource, c.Ewc.Value, c.NlSfb, c.EndOfLifeRoute, c.EndOfLifeCo2eKgPerKg, c.Notes, c.NameDe);
}

internal static class CategoryEndpoints
{
    public static RouteGroupBuilder MapCategories(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/categories").WithTags("Categories");
        group.MapGet("/", (CategoryIndex categories) => TypedResults.Ok(categories.All.Select(CategoryResponse.From).ToList()))
            .WithName("ListCategories").Allow(Access.Public).WithSummary("The material taxonomy with unit masses, storage footprints and carbon factors, each with its source");
        return group;
    }
}
