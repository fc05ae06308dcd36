using Corridor.Data.Impact;
using Corridor.Documents.Localization;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Documents.Components;

/// <summary>
/// The council report's charts, defined once for the HTML view (<c>CouncilReportView</c>) and the PDF
/// (<c>CouncilReportPdf</c>): masses in tonnes, CO2e in tonnes (savings up, costs down), shares in percent.
/// </summary>
public static class CouncilReportCharts
{
    /// <summary>Reused, recycled and potential secondary input per quarter, in t.</summary>
    public static IReadOnlyList<ChartSeries> MassPerQuarter(CouncilReport r, DocumentText text) =>
    [
        new(text["Chart.Reused"], Charts.Reused, PerQuarter(r, x => Mass.KgToTonnes(x.Input.SecondaryReused.Kg.Value))),
        new(text["Chart.Recycled"], Charts.Recycled, PerQuarter(r, x => Mass.KgToTonnes(x.Input.SecondaryRecycled.Kg.Value))),
        new(text["Chart.Potential"], Charts.Potential, PerQuarter(r, x => Mass.KgToTonnes(x.Potential.SecondaryInputKg.Value))),
    ];

    /// <summary>Avoided embodied CO2e (A1–A3, positive) against transport and reconditioning (negative) per quarter, in t CO2e.</summary>
    public static IReadOnlyList<ChartSeries> Co2PerQuarter(CouncilReport r, DocumentText text) =>
    [
        new(text["Chart.AvoidedA1A3"], Charts.Reused, PerQuarter(r, x => Mass.KgToTonnes(x.Carbon.AvoidedEmbodiedCo2eKg.Value))),
        new(text["Chart.Transport"], Charts.Transport, PerQuarter(r, x => -Mass.KgToTonnes(x.Carbon.TransportCo2eKg.Value))),
        new(text["Chart.Reconditioning"], Charts.Recondition, PerQuarter(r, x => -Mass.KgToTonnes(x.Carbon.ReconditioningCo2eKg.Value))),
    ];

    /// <summary>The circular share of input per quarter, in percent.</summary>
    public static IReadOnlyList<ChartSeries> CircularPerQuarter(CouncilReport r, DocumentText text) =>
        [new(text["Chart.CircularSeries"], Charts.Reused, PerQuarter(r, x => x.Input.CircularInputPercent.Value))];

    /// <summary>The reduction of primary raw material per quarter, in percent of input.</summary>
    public static IReadOnlyList<ChartSeries> PrimaryPerQuarter(CouncilReport r, DocumentText text) =>
        [new(text["Chart.ShareOfInput"], Charts.Recycled, PerQuarter(r, x => x.PrimaryRawMaterialReductionPercent.Value))];

    /// <summary>The line across the circular chart: the corridor's target, else the national reference of 25 %.</summary>
    public static ChartReference CircularReference(CouncilReport r, DocumentText text) =>
        r.Targets.Targets.FirstOrDefault(t => t.Metric == TargetMetric.CircularInputPercent) is { } circular
            ? new ChartReference(circular.Target, text.Format("Chart.TargetLine", text.N(circular.Target)))
            : new ChartReference(NationalCircularReferencePercent, text["Chart.NationalReference"]);

    /// <summary>The national reference for circular input, in percent, shown when the corridor set no target.</summary>
    public const double NationalCircularReferencePercent = 25;

    /// <summary>The categories worth a bar: with secondary input, output for reuse or net CO2e; most secondary input first.</summary>
    public static IReadOnlyList<CategoryLine> CategoryRows(ImpactAccount a) =>
        a.Categories.Where(c => c.SecondaryInputKg > 0 || c.OutputForReuseKg > 0 || c.NetAvoidedCo2eKg != 0).OrderByDescending(c => c.SecondaryInputKg).ToList();

    /// <summary>Secondary input per category row, in t.</summary>
    public static IReadOnlyList<double> MassPerCategory(IEnumerable<CategoryLine> rows) => [.. rows.Select(c => Mass.KgToTonnes(c.SecondaryInputKg))];

    /// <summary>Net avoided CO2e per category row (never below 0), in t CO2e.</summary>
    public static IReadOnlyList<double> Co2PerCategory(IEnumerable<CategoryLine> rows) => [.. rows.Select(c => Mass.KgToTonnes(Math.Max(0, c.NetAvoidedCo2eKg)))];

    static List<double> PerQuarter(CouncilReport r, Func<ImpactAccount, double?> f) => [.. r.Quarters.Select(q => f(q.Account) ?? 0)];
}
