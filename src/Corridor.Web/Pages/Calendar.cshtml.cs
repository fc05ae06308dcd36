using System.Globalization;
using Corridor.Data;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

using Corridor.Web.Infrastructure;

namespace Corridor.Web.Pages;

/// <summary>
/// The projects calendar: a timeline of projects with their supply and demand windows, and per category the mass
/// available against the mass needed in each month. Filters: category, direction, area (place text or bbox) and period.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPages.Policy)]
internal sealed class CalendarModel(CorridorDb db, CategoryIndex categories, TimeProvider time) : CorridorPageModel(db)
{
    /// <summary>One category's months: masses in tonnes of the lots whose window overlaps each month.</summary>
    public sealed record CategorySeries(string Key, string Name, IReadOnlyList<DateOnly> Months, IReadOnlyList<double> SupplyT,
        IReadOnlyList<double> DemandT)
    {
        public double TotalT => SupplyT.Sum() + DemandT.Sum();
    }

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true)] public string? Place { get; set; }
    [BindProperty(SupportsGet = true)] public string? Bbox { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<ProjectLine> Lines { get; private set; } = [];
    public IReadOnlyList<CategorySeries> Series { get; private set; } = [];
    public DateOnly RangeStart { get; private set; }
    public DateOnly RangeEnd { get; private set; }
    public DateOnly Today { get; private set; }
    public int ProjectsInCorridor { get; private set; }
    public IReadOnlyList<MaterialCategory> Categories => categories.All;

    public async Task OnGetAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        Today = CorridorClock.Today(time);
        var errors = new List<string>();
        var from = ParseMonth(From, "from", errors);
        var to = ParseMonth(To, "to", errors)?.AddMonths(1).AddDays(-1);
        if (from is { } f0 && to is { } t0 && t0 < f0) errors.Add(T["The period ends before it starts."]);
        var hasBox = BoundingBox.TryParse(Bbox, out var box, out var boxError);
        if (boxError is not null) errors.Add(T["Area box: "] + boxError);
        LotDirection? direction = Direction switch { "supply" => LotDirection.Supply, "demand" => LotDirection.Demand, _ => null };
        if (!string.IsNullOrWhiteSpace(Category) && !categories.TryGet(Category, out _))
            errors.Add(T["Unknown category: "] + Category);
        Errors = errors;

        var id = Corridor!.Id;
        ProjectsInCorridor = await CalendarQueries.ProjectCountAsync(Db, id, ct);
        if (errors.Count > 0) return;

        Lines = await CalendarQueries.LinesAsync(Db, id, new CalendarFilter(Category, direction, Place, hasBox ? box : null, from, to), ct);

        var allDates = Lines.SelectMany(l => l.Lots.SelectMany(w => new[] { w.From, w.To }).Append(l.Start).Append(l.End)).ToList();
        RangeStart = FirstOfMonth(from ?? (allDates.Count > 0 ? allDates.Min() : Today));
        RangeEnd = FirstOfMonth(to ?? (allDates.Count > 0 ? allDates.Max() : Today.AddMonths(12))).AddMonths(1).AddDays(-1);
        Series = BuildSeries(Lines.SelectMany(l => l.Lots).ToList());
    }

    IReadOnlyList<CategorySeries> BuildSeries(IReadOnlyList<LotWindow> lots)
    {
        var months = new List<DateOnly>();
        for (var m = RangeStart; m <= RangeEnd; m = m.AddMonths(1)) months.Add(m);
        return lots.GroupBy(l => l.Category)
            .Select(g =>
            {
                double Sum(LotDirection dir, DateOnly month) => Math.Round(Mass.KgToTonnes(g
                    .Where(l => l.Direction == dir && l.From <= month.AddMonths(1).AddDays(-1) && l.To >= month)
                    .Sum(l => l.MassKg)), 1);
                var name = categories.TryGet(g.Key, out var c) ? T.Category(c) : g.Key;
                return new CategorySeries(g.Key, name, months,
                    months.Select(m => Sum(LotDirection.Supply, m)).ToList(), months.Select(m => Sum(LotDirection.Demand, m)).ToList());
            })
            .Where(s => s.TotalT > 0)
            .OrderByDescending(s => s.SupplyT.Any(v => v > 0) && s.DemandT.Any(v => v > 0))
            .ThenByDescending(s => s.TotalT)
            .ToList();
    }

    DateOnly? ParseMonth(string? text, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return FirstOfMonth(day);
        errors.Add(string.Format(CultureInfo.InvariantCulture, T["'{0}' is not a month (yyyy-mm) for '{1}'."],
            text, field == "from" ? T["from"] : T["to"]));
        return null;
    }

    static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    public string CategoryName(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;
}
