using System.Text;
using System.Text.Json;
using Corridor.Data.Entities;
using Corridor.Data.Passports;
using Corridor.Data.Tests.Impact;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Passports;

/// <summary>docs/passport.schema.json describes exactly what the code writes: names, required members, types and enum values.</summary>
public sealed class PassportSchemaTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    ImpactFixture.Seeded seeded = null!;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        seeded = await ImpactFixture.SeedAsync(tdb);
        await using var db = tdb.Open();
        db.LotCertificates.Add(new LotCertificate { CorridorId = seeded.CorridorId, LotId = seeded.Lots["SLOOP-1/DEUREN"], Kind = "CE", Reference = "DoP 12" });
        await db.Matches.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MatchStatus.Installed));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    [Fact]
    public async Task ExportedPassports_ConformToTheDocumentedSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs", "passport.schema.json")));
        await using var db = tdb.Open();

        foreach (var project in new[] { seeded.DonorId, seeded.ReceiverId })
        {
            var json = PassportJson.Serialize((await PassportBuilder.ForProjectAsync(db, seeded.CorridorId, project, DateTime.UtcNow))!);
            using var doc = JsonDocument.Parse(json);
            var errors = new List<string>();

            Check(schema.RootElement, schema.RootElement, doc.RootElement, "$", errors);

            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public async Task ReadAsync_UpperCaseQuality_IsAccepted()
    {
        await using var db = tdb.Open();
        var json = PassportJson.Serialize((await PassportBuilder.ForLotAsync(db, seeded.CorridorId, seeded.Lots["SLOOP-1/DEUREN"], DateTime.UtcNow))!)
            .Replace("\"quality\": \"a\"", "\"quality\": \"A\"", StringComparison.Ordinal);

        var (doc, errors) = await PassportImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("\"quality\": \"A\"", json, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.Equal(QualityGrade.A, doc!.Elements[0].Products[0].Quality);
    }

    /// <summary>A small validator for the keywords the schema uses: $ref, type, const, enum, properties, required, additionalProperties, items.</summary>
    static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(root, root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]), value, path, errors);
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && constant.GetRawText() != value.GetRawText())
            errors.Add($"{path}: {value.GetRawText()} is not {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var options) && options.EnumerateArray().All(o => o.GetRawText() != value.GetRawText()))
            errors.Add($"{path}: {value.GetRawText()} is not one of {options.GetRawText()}");
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Contains(TypeOf(value)) && !(TypeOf(value) == "integer" && types.Contains("number")))
                errors.Add($"{path}: {TypeOf(value)} where the schema says {string.Join("|", types)}");
        }
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var p in value.EnumerateObject())
            {
                if (properties.TryGetProperty(p.Name, out var sub)) Check(root, sub, p.Value, $"{path}.{p.Name}", errors);
                else errors.Add($"{path}.{p.Name}: not in the schema");
            }
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var r in required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)))
                    errors.Add($"{path}.{r}: required by the schema but not written");
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(root, items, item, $"{path}[{i++}]", errors);
        }
    }

    static string TypeOf(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => v.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
