using System.Globalization;
using System.Text;
using System.Text.Json;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Export;

/// <summary>A table as header and string cells, in the import format so that an export imports back unchanged.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>Exports a corridor as CSV (one file per table), XLSX (one sheet per table) or GeoJSON.</summary>
public static class CorridorExport
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The corridor's projects, lots and hubs as tables in the import's columns (export and re-import).</summary>
    public static async Task<IReadOnlyList<ExportTable>> TablesAsync(CorridorDb db, int corridorId, CancellationToken ct = default)
    {
        var projects = await db.Projects.AsNoTracking().Include(p => p.Organisation).Where(p => p.CorridorId == corridorId)
            .ToListAsync(ct);
        projects = [.. projects.OrderBy(p => p.Code, StringComparer.Ordinal)];
        var codes = projects.ToDictionary(p => p.Id, p => p.Code);
        var lots = (await db.Lots.AsNoTracking().Where(l => l.CorridorId == corridorId).ToListAsync(ct))
            .OrderBy(l => codes[l.ProjectId], StringComparer.Ordinal).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();
        var hubs = (await db.Hubs.AsNoTracking().Where(h => h.CorridorId == corridorId).ToListAsync(ct))
            .OrderBy(h => h.Code, StringComparer.Ordinal).ToList();

        return
        [
            new ExportTable("projects",
                ["code", "name", "kind", "latitude", "longitude", "start", "end", "status", "organisation", "address",
                 "gross_floor_area_m2", "building_type", "year_built", "structure"],
                projects.Select(p => (IReadOnlyList<string>)[p.Code, p.Name, Snake(p.Kind), D(p.Latitude), D(p.Longitude), Date(p.Start), Date(p.End),
                    Snake(p.Status), p.Organisation?.Name ?? "", p.Address ?? "", D(p.GrossFloorAreaM2), p.BuildingType ?? "",
                    p.YearBuilt?.ToString(Inv) ?? "", p.Structure ?? ""]).ToList()),
            new ExportTable("lots",
                ["project_code", "lot_code", "direction", "category", "quantity", "unit", "available_from", "available_to",
                 "description", "mass_kg", "mass_is_estimated", "mass_kg_low", "mass_kg_high", "quality", "nl_sfb", "ewc", "price_eur",
                 "length_m", "width_m", "height_m", "status", "notes"],
                lots.Select(l => (IReadOnlyList<string>)[codes[l.ProjectId], l.Code, Snake(l.Direction), l.CategoryKey, l.Quantity.ToString(Inv),
                    Vocab.UnitText(l.Unit), Date(l.AvailableFrom), Date(l.AvailableTo), l.Description ?? "", D(l.MassKg),
                    l.MassIsEstimated ? "true" : "false", D(l.MassKgLow), D(l.MassKgHigh), l.Quality?.ToString() ?? "", l.NlSfb ?? "", l.Ewc ?? "",
                    l.PriceEur?.ToString(Inv) ?? "", D(l.LengthM), D(l.WidthM), D(l.HeightM), Snake(l.Status), l.Notes ?? ""]).ToList()),
            new ExportTable("hubs",
                ["code", "name", "latitude", "longitude", "storage_area_m2", "opens", "closes", "operator", "accepts", "services"],
                hubs.Select(h => (IReadOnlyList<string>)[h.Code, h.Name, D(h.Latitude), D(h.Longitude), D(h.StorageAreaM2),
                    h.Opens is { } o ? Date(o) : "", h.Closes is { } c ? Date(c) : "", h.OperatorName ?? "",
                    string.Join(";", h.AcceptedCategories), string.Join(";", h.Services)]).ToList()),
        ];
    }

    /// <summary>One workbook with a sheet per table (projects, lots, hubs): the import's XLSX format.</summary>
    public static void WriteXlsx(IReadOnlyList<ExportTable> tables, Stream output) =>
        Import.XlsxWriter.Write(output, tables.Select(t => new Import.XlsxSheet(t.Name, t.Header,
            t.Rows.Select(r => (IReadOnlyList<object?>)r.Select(c => (object?)c).ToList()))));

    /// <summary>
    /// The table as CSV in the import format. Text a spreadsheet would run as a formula (= + - @, tab, CR first) gets a
    /// protective single quote, which the import removes again.
    /// </summary>
    public static void WriteCsv(ExportTable table, TextWriter writer)
    {
        writer.WriteLine(string.Join(",", table.Header.Select(Quote)));
        foreach (var row in table.Rows) writer.WriteLine(string.Join(",", row.Select(Quote)));
    }

    /// <summary>Projects and hubs as GeoJSON points (RFC 7946, WGS84, [lon, lat]) with their lots summarised per direction.</summary>
    public static async Task WriteGeoJsonAsync(CorridorDb db, int corridorId, Stream output, CancellationToken ct = default)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderBy(p => p.Code)
            .Select(p => new
            {
                p.Code, p.Name, p.Kind, p.Status, p.Start, p.End, p.Latitude, p.Longitude,
                SupplyKg = p.Lots.Where(l => l.Direction == LotDirection.Supply).Sum(l => l.MassKg),
                DemandKg = p.Lots.Where(l => l.Direction == LotDirection.Demand).Sum(l => l.MassKg),
                Lots = p.Lots.Count,
            }).ToListAsync(ct);
        var hubs = await db.Hubs.AsNoTracking().Where(h => h.CorridorId == corridorId).OrderBy(h => h.Code).ToListAsync(ct);

        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var p in projects)
        {
            Feature(json, p.Longitude, p.Latitude, props =>
            {
                props.WriteString("featureType", "project");
                props.WriteString("code", p.Code);
                props.WriteString("name", p.Name);
                props.WriteString("kind", Snake(p.Kind));
                props.WriteString("status", Snake(p.Status));
                props.WriteString("start", Date(p.Start));
                props.WriteString("end", Date(p.End));
                props.WriteNumber("supplyMassKg", Math.Round(p.SupplyKg, 1));
                props.WriteNumber("demandMassKg", Math.Round(p.DemandKg, 1));
                props.WriteNumber("lots", p.Lots);
            });
        }
        foreach (var h in hubs)
        {
            Feature(json, h.Longitude, h.Latitude, props =>
            {
                props.WriteString("featureType", "hub");
                props.WriteString("code", h.Code);
                props.WriteString("name", h.Name);
                props.WriteNumber("storageAreaM2", h.StorageAreaM2);
            });
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Feature(Utf8JsonWriter json, double lon, double lat, Action<Utf8JsonWriter> properties)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(lon);
        json.WriteNumberValue(lat);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        properties(json);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static string Snake<T>(T value) where T : struct, Enum => Vocab.ToSnake(value.ToString());
    static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);
    static string D(double? v) => v?.ToString("R", Inv) ?? "";

    /// <summary>A CSV cell: neutralised against formula injection (<see cref="Import.FormulaGuard"/>), then quoted when needed.</summary>
    static string Quote(string cell)
    {
        cell = Import.FormulaGuard.Neutralise(cell);
        return cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
