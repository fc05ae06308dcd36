using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

internal sealed class ProjectTableReader(HeaderMap header) : TableReader
{
    static readonly string KindHint =
        $"unknown project kind; use one of {Vocab.Allowed<ProjectKind>()} (Dutch: sloop, renovatie, nieuwbouw, infrastructuur, leegstand)";
    static readonly string StatusHint = $"unknown status; use one of {Vocab.Allowed<ProjectStatus>()}";

    readonly Column code = header.Find("code"), name = header.Find("name"), kind = header.Find("kind"),
        latitude = header.Find("latitude"), longitude = header.Find("longitude"), start = header.Find("start"), end = header.Find("end"),
        status = header.Find("status"), organisation = header.Find("organisation"), address = header.Find("address"),
        floorArea = header.Find("gross_floor_area_m2"), buildingType = header.Find("building_type"),
        yearBuilt = header.Find("year_built"), structure = header.Find("structure");

    readonly ParseMemo<ProjectKind> kinds = new(Vocab.TryKind);
    readonly ParseMemo<ProjectStatus> statuses = new(Vocab.TryEnum);

    public override void ReadRow(RowReader row)
    {
        var codeText = row.Required(code);
        var nameText = row.Required(name);
        var kindValue = row.Choice(kind, true, kinds, KindHint);
        var lat = row.Coordinate(latitude, latitude: true);
        var lon = row.Coordinate(longitude, latitude: false);
        var startDate = row.Date(start, true);
        var endDate = row.Date(end, true);
        row.Order(start, startDate, end, endDate);
        var statusValue = row.Choice(status, false, statuses, StatusHint);
        var area = row.Checked(floorArea, false, a => a > 0, "gross_floor_area_m2 must be greater than 0 m²");
        var year = YearBuilt(row);
        if (codeText is not null) ReportDuplicate(row, code, codeText, row.Session.ClaimProjectCode(codeText, row.Location), "project code");

        if (row.HasErrors || codeText is null || nameText is null || kindValue is not { } k || lat is not { } la || lon is not { } lo ||
            startDate is not { } from || endDate is not { } to) return;
        var at = row.Location;
        row.Session.Batch.Projects.Add(new ProjectRow(at.File, at.Sheet, at.Row, codeText, nameText, k, la, lo, from, to,
            statusValue, row.Text(organisation), row.Text(address), area, row.Text(buildingType), year, row.Text(structure)));
    }

    int? YearBuilt(RowReader row)
    {
        if (row.Double(yearBuilt, false) is not { } year) return null;
        if (BuildingYear.IsPlausible(year, row.Session.CurrentYear)) return (int)year;
        row.Error(yearBuilt, row.Text(yearBuilt), $"year_built must be a whole year between {BuildingYear.Earliest} and {BuildingYear.Latest(row.Session.CurrentYear)}");
        return null;
    }
}
