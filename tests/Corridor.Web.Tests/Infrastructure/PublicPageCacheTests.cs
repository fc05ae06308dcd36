using System.Net.Http.Headers;
using System.Text;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Infrastructure;

/// <summary>Issue 13 (5): anonymous public pages come from the output cache; signed-in requests never do.</summary>
public sealed class PublicPageCacheTests
{
    const string Projects = "code,name,kind,latitude,longitude,start,end\nNEW-1,Nieuw in de cache,demolition,52.15,5.38,2027-01-01,2027-06-30\n";

    [Fact]
    public async Task AnonymousHomePage_IsServedFromTheCache_PerLanguage_WhileTokenRequestsSeeChangesAtOnce()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var _ = database;
        await using var __ = factory;
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Corridor:PublicPageCacheSeconds", "30"));
        using var anonymous = app.CreateClient();
        using var director = app.CreateClient();
        using (var scope = app.Services.CreateScope())
        {
            // A director of the demo corridor, through a token (no cookie): the cache must not serve them.
            var db = (Corridor.Data.CorridorDb)scope.ServiceProvider.GetService(typeof(Corridor.Data.CorridorDb))!;
            var user = await Corridor.Data.Accounts.AccountStore.CreateUserAsync(db, "cache@test.example", Guid.NewGuid().ToString("N"), null, DateTime.UtcNow);
            var corridorId = db.Corridors.Single().Id;
            await Corridor.Data.Accounts.AccountStore.AddMembershipAsync(db, user.Id, corridorId, Corridor.Data.Accounts.CorridorRole.ChainDirector, null, null, DateTime.UtcNow);
            var (token, _) = await Corridor.Data.Accounts.AccountStore.CreateTokenAsync(db, user.Id, "test", DateTime.UtcNow);
            director.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var before = await anonymous.GetStringAsync("/?projects=all");
        var upload = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(Projects));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        upload.Add(part, "files", "projects.csv");
        (await director.PostAsync("/api/corridors/1/imports", upload)).EnsureSuccessStatusCode();

        var cached = await anonymous.GetStringAsync("/?projects=all");
        var fresh = await director.GetStringAsync("/?projects=all");
        var german = await anonymous.GetStringAsync("/?projects=all&culture=de");

        Assert.DoesNotContain("Nieuw in de cache", before, StringComparison.Ordinal);
        Assert.Equal(before, cached); // the same bytes: from the cache
        Assert.Contains("Nieuw in de cache", fresh, StringComparison.Ordinal);
        Assert.Contains("Nieuw in de cache", german, StringComparison.Ordinal); // another language is another entry
        Assert.Contains("lang=\"de\"", german, StringComparison.Ordinal);
    }
}
