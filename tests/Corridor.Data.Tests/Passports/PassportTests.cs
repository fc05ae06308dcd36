using System.Text;
using System.Text.Json.Nodes;
using Corridor.Data.Entities;
using Corridor.Data.Passports;
using Corridor.Data.Tests.Impact;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Passports;

public sealed class PassportTests : IAsyncLifetime
{
    static readonly DateTime Now = new(2027, 5, 1, 8, 30, 0, DateTimeKind.Utc);
    TestDatabase tdb = null!;
    ImpactFixture.Seeded seeded = null!;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        seeded = await ImpactFixture.SeedAsync(tdb);
        await using var db = tdb.Open();
        var doors = await db.Lots.SingleAsync(l => l.Id == seeded.Lots["SLOOP-1/DEUREN"]);
        doors.Status = LotStatus.Reserved;
        db.LotCertificates.Add(new LotCertificate
        {
            CorridorId = seeded.CorridorId, LotId = doors.Id, Kind = "Asbestos-free declaration", Reference = "AV-2027-0042",
            Issuer = "Demo Inspectie BV", IssuedOn = new DateOnly(2027, 2, 1), ValidUntil = new DateOnly(2028, 2, 1), Url = "https://example.org/av-42",
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    [Fact]
    public async Task ForLotAsync_Doors_HasAllFourLevelsHistoryAndCertificate()
    {
        await using var db = tdb.Open();

        var doc = await PassportBuilder.ForLotAsync(db, seeded.CorridorId, seeded.Lots["SLOOP-1/DEUREN"], Now);

        Assert.Equal("product", doc!.Level);
        Assert.Equal("SLOOP-1", doc.Building.ProjectCode);
        var element = Assert.Single(doc.Elements);
        Assert.Equal(("32", "Inner wall openings"), (element.NlSfb, element.Name));
        var p = Assert.Single(element.Products);
        Assert.Equal(("DEUREN", 10000.0, "17 02 01"), (p.LotCode, p.MassKg, p.Ewc));
        // doors: 85% timber, 10% hardboard, 5% steel; 10,000 kg × 0.395 kg CO2e/kg = 3,950 kg CO2e.
        Assert.Equal([8500.0, 1000.0, 500.0], p.Materials.Select(m => Math.Round(m.MassKg, 6)));
        Assert.Equal(3950, p.EmbodiedCarbon.Co2eKg, 6);
        Assert.Equal(9500, doc.Totals.RenewableMassKg, 6);
        Assert.Equal([LotEventKind.Created, LotEventKind.StatusChanged], p.History.Select(e => e.Kind));
        Assert.All(p.History, e => Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind));
        Assert.Equal("AV-2027-0042", Assert.Single(p.Certificates).Reference);
        Assert.DoesNotContain("price", PassportJson.Serialize(doc), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForProjectAsync_Receiver_NamesTheDonorOfAcceptedMatchesOnly()
    {
        await using var db = tdb.Open();

        var doc = await PassportBuilder.ForProjectAsync(db, seeded.CorridorId, seeded.ReceiverId, Now);

        var products = doc!.Elements.SelectMany(e => e.Products).ToList();
        Assert.Equal(3, doc.Totals.Products);
        var origin = Assert.Single(products.Single(p => p.LotCode == "DEUREN").Origins);
        Assert.Equal(("SLOOP-1", "DEUREN", 9500.0, RStep.R3Reuse, "accepted"), (origin.Project, origin.Lot, origin.MassKg, origin.RStep!.Value, origin.Status));
        Assert.Empty(products.Single(p => p.LotCode == "STAAL").Origins);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnotherDatabase_RoundTripsWithoutLoss()
    {
        string exported;
        await using (var db = tdb.Open())
        {
            foreach (var project in new[] { seeded.DonorId, seeded.ReceiverId })
            {
                exported = PassportJson.Serialize((await PassportBuilder.ForProjectAsync(db, seeded.CorridorId, project, Now))!);
                await using var other = await TestDatabase.CreateAsync();
                var corridorId = await NewCorridorAsync(other);

                var (read, readErrors) = await PassportImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(exported)));
                await using var target = other.Open();
                var result = await PassportImport.ApplyAsync(target, corridorId, read!, Now.AddDays(1));
                var again = await PassportBuilder.ForProjectAsync(target, corridorId, await target.Projects.Select(p => p.Id).SingleAsync(), Now);

                Assert.Empty(readErrors);
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
                Assert.True(result.ProjectCreated);
                // The same document, except the corridor it now lives in and one Imported event per lot.
                var importedEvents = again!.Elements.SelectMany(e => e.Products).Select(p => p.History[^1]).ToList();
                Assert.All(importedEvents, e => Assert.Equal(LotEventKind.Imported, e.Kind));
                Assert.Equal(Normalise(exported), Normalise(PassportJson.Serialize(again)));
            }
        }
    }

    [Fact]
    public async Task ApplyAsync_InvalidProducts_ListsEveryErrorByPathAndWritesNothing()
    {
        await using var db = tdb.Open();
        var doc = (await PassportBuilder.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, Now))!;
        var products = doc.Elements.SelectMany(e => e.Products).ToList();
        var bad = doc with
        {
            Elements =
            [
                doc.Elements[0] with
                {
                    Products =
                    [
                        products[0] with { Category = products[0].Category with { Key = "unobtainium" }, Ewc = "17-01" },
                        products[0] with { MassKg = -1, Materials = [new PassportMaterial("Timber", 0.5, 1, true, null)] },
                    ],
                },
            ],
        };
        var lotsBefore = await db.Lots.CountAsync();

        var result = await PassportImport.ApplyAsync(db, seeded.CorridorId, bad, Now);

        Assert.False(result.Succeeded);
        var paths = result.Errors.Select(e => e.Path).ToList();
        Assert.Contains("elements[0].products[0].category.key", paths);
        Assert.Contains("elements[0].products[0].ewc", paths);
        Assert.Contains("elements[0].products[1].lotCode", paths);
        Assert.Contains("elements[0].products[1].massKg", paths);
        Assert.Contains("elements[0].products[1].materials", paths);
        Assert.Equal(lotsBefore, await db.Lots.CountAsync());
    }

    [Fact]
    public async Task ApplyAsync_LotThatExists_IsRefusedNamingIt()
    {
        await using var db = tdb.Open();
        var doc = (await PassportBuilder.ForLotAsync(db, seeded.CorridorId, seeded.Lots["SLOOP-1/DEUREN"], Now))!;

        var result = await PassportImport.ApplyAsync(db, seeded.CorridorId, doc, Now);

        var error = Assert.Single(result.Errors);
        Assert.Equal("elements[0].products[0].lotCode", error.Path);
        Assert.Contains("DEUREN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WrongType_NamesThePath()
    {
        var json = """{"schema":"corridor-passport/1","elements":[{"products":[{"quantity":"many"}]}]}""";

        var (doc, errors) = await PassportImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Null(doc);
        Assert.Equal("$.elements[0].products[0].quantity", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task Render_Project_ShowsLevelsFlagsAndSourcesEncoded()
    {
        await using var db = tdb.Open();
        await db.Lots.Where(l => l.Id == seeded.Lots["SLOOP-1/STAAL"]).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.IsHazardous, true).SetProperty(l => l.Ewc, "17 04 09*").SetProperty(l => l.Description, "<script>x</script>"));
        var doc = (await PassportBuilder.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, Now))!;

        var html = await Documents.DocumentRenderer.RenderPassportAsync(doc, System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("NL-SfB 28 Main load-bearing structure", html, StringComparison.Ordinal);
        Assert.Contains("17 04 09* hazardous", html, StringComparison.Ordinal);
        Assert.Contains("AV-2027-0042", html, StringComparison.Ordinal);
        Assert.Contains("ICE v2.0 mass: Steel, Section, EU average (row 216)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ProjectInGerman_TextsAndNumbersInGerman()
    {
        await using var db = tdb.Open();
        await db.Lots.Where(l => l.Id == seeded.Lots["SLOOP-1/STAAL"]).ExecuteUpdateAsync(s => s.SetProperty(l => l.IsHazardous, true).SetProperty(l => l.Ewc, "17 04 09*"));
        var doc = (await PassportBuilder.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, Now))!;

        var html = await Documents.DocumentRenderer.RenderPassportAsync(doc, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("Materialpass: Kantoor Stadsring (SLOOP-1)", html, StringComparison.Ordinal);
        Assert.Contains("NL-SfB 28 Haupttragwerk", html, StringComparison.Ordinal);
        Assert.Contains("17 04 09* gefährlich", html, StringComparison.Ordinal);
        Assert.Contains("10.000", html, StringComparison.Ordinal); // the doors' 10,000 kg with a German thousands separator
        Assert.Contains("ICE v2.0 mass: Steel, Section, EU average (row 216)", html, StringComparison.Ordinal); // sources stay as cited
        Assert.DoesNotContain("Main load-bearing structure", html, StringComparison.Ordinal);
    }

    static async Task<int> NewCorridorAsync(TestDatabase other)
    {
        await using var db = other.Open();
        var corridor = new CorridorRegion { Code = "b", Name = "Other corridor", CreatedUtc = Now };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();
        return corridor.Id;
    }

    /// <summary>Drops what an import legitimately changes: the corridor, and the Imported events it appends.</summary>
    static string Normalise(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root.Remove("corridor");
        foreach (var product in root["elements"]!.AsArray().SelectMany(e => e!["products"]!.AsArray()))
        {
            var history = product!["history"]!.AsArray();
            foreach (var imported in history.Where(e => (string?)e!["kind"] == "imported").ToList()) history.Remove(imported);
        }
        return root.ToJsonString();
    }
}
