using System.Text;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Inventory;

/// <summary>Issue 13 (3): overlapping imports of one corridor serialise; they never race into a UNIQUE violation.</summary>
public sealed class ImportGateTests
{
    static async Task<int> CorridorAsync(CorridorDb db, string code)
    {
        var corridor = new CorridorRegion { Code = code, Name = code, CreatedUtc = DateTime.UtcNow };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();
        return corridor.Id;
    }

    [Fact]
    public async Task Gate_HeldByOneImport_RefusesASecondOnTheSameCorridorAtOnce_NotAnother_AndIsFreeAfterCommit()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var a = tdb.Open();
        await using var b = tdb.Open();
        var one = await CorridorAsync(a, "one");
        var two = await CorridorAsync(a, "two");

        await using (var tx = await ImportGate.BeginAsync(a, one, default))
        {
            var busy = await Assert.ThrowsAsync<ImportBusyException>(() => ImportGate.BeginAsync(b, one, default));
            Assert.Equal(one, busy.CorridorId);
            if (!b.Database.IsSqlite())
            {
                // PostgreSQL: the lock is the server's (any node sees it) and per corridor.
                await using var other = await ImportGate.BeginAsync(b, two, default);
            }
            await tx.CommitAsync(default);
        }

        await using var later = await ImportGate.BeginAsync(b, one, default);
        await later.CommitAsync(default);
    }

    [Fact]
    public async Task FiveOverlappingImportsOfTheSameFile_OneWinsOrTheyQueue_NeverAUniqueViolation()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        int corridorId;
        await using (var db = tdb.Open()) corridorId = await CorridorAsync(db, "t");
        var projects = "code,name,kind,latitude,longitude,start,end\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"P{i},Project {i},demolition,52.1,5.3,2027-01-01,2027-06-30\n"));
        var lots = "project_code,lot_code,direction,category,quantity,unit,available_from,available_to\n" +
                   string.Concat(Enumerable.Range(1, 200).SelectMany(i => Enumerable.Range(1, 10).Select(j => $"P{i},L{j},supply,doors,{j},pcs,2027-03-01,2027-03-31\n")));
        var categories = new CategoryIndex(ReferenceCatalog.Categories);

        async Task<string> ImportAsync()
        {
            await using var db = tdb.Open();
            try
            {
                var outcome = await InventoryImport.RunAsync(db, corridorId,
                    [new ImportFile("projects.csv", new MemoryStream(Encoding.UTF8.GetBytes(projects))), new ImportFile("lots.csv", new MemoryStream(Encoding.UTF8.GetBytes(lots)))],
                    categories);
                return outcome.Succeeded ? "ok" : "errors: " + string.Join("; ", outcome.Errors.Take(3));
            }
            catch (ImportBusyException)
            {
                return "busy";
            }
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(ImportAsync)));

        Assert.All(results, r => Assert.True(r is "ok" or "busy", r));
        Assert.Contains("ok", results);
        await using var check = tdb.Open();
        Assert.Equal(2000, await check.Lots.CountAsync(l => l.CorridorId == corridorId));
        Assert.Equal(200, await check.Projects.CountAsync(p => p.CorridorId == corridorId));
    }
}
