using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.Queries;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Corridor.Bench -- import [LOTS] [--database DB]</c>: generates a corridor of
/// LOTS lots (default 100,000) over 1,000 projects spread over the Netherlands, imports it from CSV into a fresh database
/// (whole path: parse, validate, write), then times the bounding-box + date-window lot query the API serves.
/// Targets (issue 2): import under 10 s, query under 50 ms.
/// </summary>
public static class ImportBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var lots = args.FirstOrDefault(a => int.TryParse(a, out _)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
        var dbIndex = Array.IndexOf(args, "--database");
        var dir = Directory.CreateTempSubdirectory("corridor-bench-");
        var database = dbIndex >= 0 ? args[dbIndex + 1] : Path.Combine(dir.FullName, "bench.db");
        var categories = ReferenceCatalog.Categories;
        var (projectsCsv, lotsCsv) = Generate(dir.FullName, lots, 1_000, categories);
        Console.WriteLine($"generated {lots:N0} lots in {new FileInfo(lotsCsv).Length / 1e6:F1} MB of CSV; database {Describe(database)}");

        await using (var db = CorridorDatabase.Open(database))
        {
            await CorridorDatabase.MigrateAsync(db);
            db.Corridors.Add(new CorridorRegion { Code = "bench", Name = "Bench", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var sw = Stopwatch.StartNew();
        ImportOutcome outcome;
        await using (var db = CorridorDatabase.Open(database))
        {
            var corridorId = await db.Corridors.Where(c => c.Code == "bench").Select(c => c.Id).SingleAsync();
            await using var p = File.OpenRead(projectsCsv);
            await using var l = File.OpenRead(lotsCsv);
            outcome = await InventoryImport.RunAsync(db, corridorId, [new ImportFile("projects.csv", p), new ImportFile("lots.csv", l)], new CategoryIndex(categories));
        }
        sw.Stop();
        if (!outcome.Succeeded) { Console.Error.WriteLine(string.Join('\n', outcome.Errors.Take(10))); return 1; }
        Console.WriteLine($"import: {outcome.Summary!.Lots.Created:N0} lots, {outcome.Summary.Projects.Created:N0} projects in {sw.Elapsed.TotalSeconds:F2} s (target < 10 s)");

        await using (var db = CorridorDatabase.Open(database))
        {
            var corridorId = await db.Corridors.Where(c => c.Code == "bench").Select(c => c.Id).SingleAsync();
            var box = new BoundingBox(5.2, 52.0, 5.6, 52.3); // the Amersfoort–Utrecht area, about 1/40 of the generated spread
            var from = new DateOnly(2027, 3, 1);
            var to = new DateOnly(2027, 5, 31);
            var times = new List<double>();
            int count = 0, total = 0;
            for (var i = 0; i < 30; i++)
            {
                var t = Stopwatch.StartNew();
                var q = LotQueries.Filter(db, corridorId, null, null, null, null, from, to, box);
                total = await q.CountAsync();
                count = (await q.OrderBy(x => x.AvailableFrom).ThenBy(x => x.Id).Take(50).AsNoTracking().ToListAsync()).Count;
                t.Stop();
                if (i >= 5) times.Add(t.Elapsed.TotalMilliseconds); // first runs warm up EF's query cache and the JIT
            }
            times.Sort();
            Console.WriteLine($"query bbox+window: {total:N0} matching lots, first page {count}; median {times[times.Count / 2]:F1} ms, " +
                              $"max {times[^1]:F1} ms over {times.Count} runs (target < 50 ms)");
        }
        return 0;
    }

    static string Describe(string database) => CorridorDatabase.DetectProvider(database) == DatabaseProvider.Sqlite ? "SQLite " + database : "PostgreSQL";

    static (string Projects, string Lots) Generate(string dir, int lots, int projects, IReadOnlyList<MaterialCategory> categories)
    {
        var rng = new Random(42);
        var inv = CultureInfo.InvariantCulture;
        var projectsPath = Path.Combine(dir, "projects.csv");
        var lotsPath = Path.Combine(dir, "lots.csv");
        var starts = new DateOnly[projects];
        using (var w = new StreamWriter(projectsPath, false, new UTF8Encoding(false)))
        {
            w.WriteLine("code,name,kind,latitude,longitude,start,end");
            for (var i = 0; i < projects; i++)
            {
                var lat = 50.8 + rng.NextDouble() * 2.6; // the Netherlands, roughly
                var lon = 3.4 + rng.NextDouble() * 3.6;
                starts[i] = new DateOnly(2027, 1, 1).AddDays(rng.Next(0, 700));
                var kind = rng.Next(2) == 0 ? "demolition" : "new_build";
                w.WriteLine(string.Create(inv, $"P{i:D5},Project {i},{kind},{lat:F5},{lon:F5},{starts[i]:yyyy-MM-dd},{starts[i].AddDays(180):yyyy-MM-dd}"));
            }
        }
        using (var w = new StreamWriter(lotsPath, false, new UTF8Encoding(false)))
        {
            w.WriteLine("project_code,lot_code,direction,category,quantity,unit,available_from,available_to,quality");
            for (var i = 0; i < lots; i++)
            {
                var p = rng.Next(projects);
                var c = categories[rng.Next(categories.Count)];
                var from = starts[p].AddDays(rng.Next(0, 120));
                var direction = rng.Next(2) == 0 ? "supply" : "demand";
                w.WriteLine(string.Create(inv, $"P{p:D5},L{i:D6},{direction},{c.Key},{rng.Next(1, 500)},{Vocab.UnitText(c.DefaultUnit)},{from:yyyy-MM-dd},{from.AddDays(rng.Next(14, 120)):yyyy-MM-dd},{"ABC"[rng.Next(3)]}"));
            }
        }
        return (projectsPath, lotsPath);
    }
}
