namespace Corridor.Data.Import;

internal sealed class HubTableReader(HeaderMap header) : TableReader
{
    static readonly char[] ListSeparators = [';', '|'];

    readonly Column code = header.Find("code"), name = header.Find("name"), latitude = header.Find("latitude"),
        longitude = header.Find("longitude"), storageArea = header.Find("storage_area_m2"), opens = header.Find("opens"),
        closes = header.Find("closes"), operatorName = header.Find("operator"), accepts = header.Find("accepts"),
        services = header.Find("services");

    public override void ReadRow(RowReader row)
    {
        var codeText = row.Required(code);
        var nameText = row.Required(name);
        var lat = row.Coordinate(latitude, latitude: true);
        var lon = row.Coordinate(longitude, latitude: false);
        var area = row.Checked(storageArea, true, a => a > 0, "storage_area_m2 must be greater than 0 m²");
        var opensOn = row.Date(opens, false);
        var closesOn = row.Date(closes, false);
        row.Order(opens, opensOn, closes, closesOn);
        var accepted = Accepts(row);
        var serviceList = Split(row.Text(services));
        if (codeText is not null) ReportDuplicate(row, code, codeText, row.Session.ClaimHubCode(codeText, row.Location), "hub code");

        if (row.HasErrors || codeText is null || nameText is null || lat is not { } la || lon is not { } lo || area is not { } a) return;
        var at = row.Location;
        row.Session.Batch.Hubs.Add(new HubRow(at.File, at.Sheet, at.Row, codeText, nameText, la, lo, a, opensOn, closesOn,
            row.Text(operatorName), accepted, serviceList));
    }

    List<string> Accepts(RowReader row)
    {
        var keys = new List<string>();
        foreach (var item in Split(row.Text(accepts)))
        {
            if (!row.Session.Categories.TryGet(item, out var category)) row.Error(accepts, item, row.Session.Categories.UnknownKeyMessage(item));
            else if (!keys.Contains(category.Key)) keys.Add(category.Key);
        }
        return keys;
    }

    static string[] Split(string? list) =>
        list is null ? [] : list.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
