using System.Globalization;
using Corridor.Engine.Domain;

namespace Corridor.Engine.Impact;

/// <summary>
/// Impact accounts (rule <see cref="Method"/>), pure: the caller passes the corridor's lots, matches and factors.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Matches count when accepted or later (<see cref="FlowStanding.Agreed"/>, <see cref="FlowStanding.Realised"/>);
/// proposed ones are reported apart as potential. Counted matches take lot mass first, in order of delivery date and id;
/// a match that asks more than its supply or demand lot has left counts only what is left (and a note says so).</item>
/// <item>Each lot falls in the period of its <see cref="ImpactLot.AvailableFrom"/> (demand: needed from; supply: released
/// from), with all its flows. A flow belongs to the period of its demand lot when that lot is in scope, else to its supply lot's.</item>
/// <item>Input (demand lots): secondary reused = counted flows in with steps R3–R7, recycled = R8; the rest is primary,
/// renewable by the category's renewable share. Output (supply lots): flows out for reuse or recycling; the rest by the
/// lot's status (recycled, disposed), hazardous lots lost, otherwise the category's end-of-life route.</item>
/// <item>Carbon per flow: the A1–A3 of the demand category (the new product replaced) × mass, minus the match's transport
/// (scaled to the counted mass), minus reconditioning (grade B: a share of the A1–A3; R8: processing per kg).</item>
/// </list>
/// </remarks>
public static class ImpactCalculator
{
    /// <summary>The impact method and its version.</summary>
    public const string Method = "corridor-impact/1";

    /// <summary>How the mass figures are made (CB'23), in words.</summary>
    public const string MassMethod =
        "Platform CB'23 Meten van circulariteit 3.0 (2022): input primary (non-renewable, renewable) / secondary (reused, recycled), output reuse / recycling / lost; " + Method;

    /// <summary>How the carbon figures are made (EN 15804/15978 modules), in words.</summary>
    public const string CarbonMethod =
        "EN 15804/EN 15978 modules: A1-A3 of the new product a secondary flow replaces, minus A4/C2 transport and reconditioning; " + Method;

    /// <summary>How the material-bound carbon is made, in words.</summary>
    public const string MaterialBoundMethod =
        "A1-A3 of the primary part of the registered demand plus A4 and reconditioning of its secondary part (registered lots only, not a whole-building MPG); " + Method;

    /// <summary>Which matches count, in words.</summary>
    public const string MatchRule = "Matches with status accepted or later count (proposed ones are shown as potential; rejected and cancelled never)";

    /// <exception cref="ArgumentException">A lot's category has no factors.</exception>
    public static ImpactAccount Account(ImpactData data, ImpactScope scope)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var lot in data.Lots)
        {
            if (!data.Factors.ContainsKey(lot.CategoryKey))
                throw new ArgumentException($"Lot {lot.Label}: category '{lot.CategoryKey}' has no impact factors.", nameof(data));
        }
        var lots = data.Lots.ToDictionary(l => l.Id);
        var notes = new List<string>();
        var counted = Allocate(data.Flows.Where(f => f.Standing != FlowStanding.Potential), lots, null, notes);
        var potential = Allocate(data.Flows.Where(f => f.Standing == FlowStanding.Potential), lots, counted.Left, notes);

        var now = Tally.Of(data, scope, lots, counted.Lines);
        var ifAccepted = Tally.Of(data, scope, lots, [.. counted.Lines, .. potential.Lines]);
        return Build(scope, now, ifAccepted, notes);
    }

    sealed record Allocation(List<(ImpactFlow Flow, double MassKg)> Lines, Dictionary<int, double> Left);

    static Allocation Allocate(IEnumerable<ImpactFlow> flows, Dictionary<int, ImpactLot> lots, Dictionary<int, double>? leftBefore, List<string> notes)
    {
        var left = leftBefore is null ? lots.Values.ToDictionary(l => l.Id, l => Math.Max(0, l.MassKg)) : new Dictionary<int, double>(leftBefore);
        var lines = new List<(ImpactFlow, double)>();
        foreach (var f in flows.OrderBy(f => f.DeliveryDate).ThenBy(f => f.Id))
        {
            if (!lots.TryGetValue(f.SupplyLotId, out var s) || !lots.TryGetValue(f.DemandLotId, out var d))
            {
                notes.Add(Text($"Match {f.Id} refers to a lot that is not in this corridor; left out."));
                continue;
            }
            if (s.Direction != LotDirection.Supply || d.Direction != LotDirection.Demand)
            {
                notes.Add(Text($"Match {f.Id} does not run from a supply lot to a demand lot ({s.Label} → {d.Label}); left out."));
                continue;
            }
            var mass = Math.Min(Math.Max(0, f.MassKg), Math.Min(left[s.Id], left[d.Id]));
            if (mass < f.MassKg - 1e-6)
            {
                notes.Add(Text($"Match {f.Id} ({s.Label} → {d.Label}) moves {f.MassKg:0.#} kg but only {mass:0.#} kg were left on its lots; {mass:0.#} kg counted."));
            }
            left[s.Id] -= mass;
            left[d.Id] -= mass;
            if (mass > 0) lines.Add((f, mass));
        }
        return new Allocation(lines, left);
    }

    static ImpactAccount Build(ImpactScope scope, Tally t, Tally all, List<string> notes)
    {
        var src = t.Sources;
        Figure Mass(double v, IEnumerable<string> sources) => new(v, Figure.Kg, MassMethod, [.. sources]);
        Figure Pct(double part, double total, IEnumerable<string> sources) =>
            new(total > 0 ? part / total * 100 : null, Figure.Percent, MassMethod, [.. sources]);
        Share Part(double part, double total, IEnumerable<string> sources) => new(Mass(part, sources), Pct(part, total, sources));
        Figure Co2(double v, IEnumerable<string> sources) => new(v, Figure.Co2eKg, CarbonMethod, [.. sources]);

        var inputSources = src.Masses.Concat(src.Renewable).Concat(src.Matches).ToList();
        var input = new CircularInput(
            Mass(t.InputKg, src.Masses),
            Part(t.PrimaryNonRenewableKg, t.InputKg, [.. src.Masses, .. src.Renewable]),
            Part(t.PrimaryRenewableKg, t.InputKg, [.. src.Masses, .. src.Renewable]),
            Part(t.ReusedKg, t.InputKg, [.. src.Masses, .. src.Matches]),
            Part(t.RecycledKg, t.InputKg, [.. src.Masses, .. src.Matches]),
            Pct(t.ReusedKg + t.RecycledKg + t.PrimaryRenewableKg, t.InputKg, inputSources));
        var outputSources = src.Masses.Concat(src.Matches).Concat(src.EndOfLife).ToList();
        var output = new CircularOutput(
            Mass(t.OutputKg, src.Masses),
            Part(t.OutReuseKg, t.OutputKg, [.. src.Masses, .. src.Matches]),
            Part(t.OutRecyclingKg, t.OutputKg, outputSources),
            Part(t.OutLostKg, t.OutputKg, outputSources));
        var carbon = new CarbonBalance(
            Co2(t.AvoidedCo2eKg, [.. src.Matches, .. src.Embodied]),
            Co2(t.TransportCo2eKg, [.. src.Matches, .. src.Transport]),
            Co2(t.ReconditioningCo2eKg, [.. src.Matches, .. src.Reconditioning]),
            Co2(t.NetAvoidedCo2eKg, [.. src.Matches, .. src.Embodied, .. src.Transport, .. src.Reconditioning]),
            new Figure(t.MaterialBoundCo2eKg, Figure.Co2eKg, MaterialBoundMethod,
                [.. src.Masses, .. src.InputEmbodied, .. src.Transport, .. src.Reconditioning]));
        var secondary = t.ReusedKg + t.RecycledKg;

        var potentialSources = all.Sources.Matches.Concat(all.Sources.Embodied).Concat(all.Sources.Transport).Distinct().ToList();
        var potentialFlows = all.Flows.Count(f => f.Standing == FlowStanding.Potential);
        var potential = new PotentialImpact(
            potentialFlows,
            Mass(all.ReusedKg + all.RecycledKg - secondary, all.Sources.Matches),
            Co2(all.NetAvoidedCo2eKg - t.NetAvoidedCo2eKg, potentialSources),
            Pct(all.ReusedKg + all.RecycledKg + all.PrimaryRenewableKg, all.InputKg, [.. all.Sources.Masses, .. all.Sources.Renewable, .. all.Sources.Matches]));

        return new ImpactAccount
        {
            Method = Method,
            Scope = scope.Name,
            From = scope.From,
            To = scope.To,
            InputLots = t.InputLots,
            OutputLots = t.OutputLots,
            Input = input,
            Output = output,
            Carbon = carbon,
            PrimaryMaterialAvoidedKg = Mass(secondary, src.Matches),
            PrimaryRawMaterialReductionPercent = Pct(secondary, t.InputKg, [.. src.Masses, .. src.Matches]),
            RealisedSecondaryKg = Mass(t.RealisedKg, src.Matches),
            RLadder = [.. t.Steps.OrderBy(s => s.Key).Select(s => new RStepMass(s.Key, RLadder.Label(s.Key), s.Value.MassKg, s.Value.Flows))],
            Categories = [.. t.Categories.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.ToLine(c.Key))],
            Flows = [.. all.Flows.OrderBy(f => f.Date).ThenBy(f => f.MatchId)],
            Potential = potential,
            Notes = [.. notes.Distinct()],
            Sources = [.. all.Sources.All().Distinct()],
        };
    }

    static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    sealed class CategoryTally
    {
        public double InputKg, SecondaryInputKg, RenewableInputKg, OutputKg, OutputForReuseKg, NetAvoidedCo2eKg;

        public CategoryLine ToLine(string key) =>
            new(key, InputKg, SecondaryInputKg, RenewableInputKg, OutputKg, OutputForReuseKg, NetAvoidedCo2eKg);
    }

    sealed class SourceSets
    {
        public readonly List<string> Masses = [], Renewable = [], Matches = [], Embodied = [], InputEmbodied = [],
            Transport = [], Reconditioning = [], EndOfLife = [];

        public static void Add(List<string> list, string source)
        {
            if (!list.Contains(source)) list.Add(source);
        }

        public IEnumerable<string> All() =>
            Masses.Concat(Matches).Concat(Renewable).Concat(EndOfLife).Concat(Embodied).Concat(InputEmbodied).Concat(Transport).Concat(Reconditioning);
    }

    /// <summary>Sums of one scope for one set of flows.</summary>
    sealed class Tally
    {
        public double InputKg, PrimaryNonRenewableKg, PrimaryRenewableKg, ReusedKg, RecycledKg, RealisedKg;
        public double OutputKg, OutReuseKg, OutRecyclingKg, OutLostKg;
        public double AvoidedCo2eKg, TransportCo2eKg, ReconditioningCo2eKg, NetAvoidedCo2eKg, MaterialBoundCo2eKg;
        public int InputLots, OutputLots;
        public readonly Dictionary<RStep, (double MassKg, int Flows)> Steps = [];
        public readonly Dictionary<string, CategoryTally> Categories = new(StringComparer.Ordinal);
        public readonly List<FlowLine> Flows = [];
        public readonly SourceSets Sources = new();

        CategoryTally Category(string key) =>
            Categories.TryGetValue(key, out var c) ? c : Categories[key] = new CategoryTally();

        public static Tally Of(ImpactData data, ImpactScope scope, Dictionary<int, ImpactLot> lots, List<(ImpactFlow Flow, double MassKg)> flows)
        {
            var t = new Tally();
            var a = data.Assumptions;
            var byDemand = flows.ToLookup(f => f.Flow.DemandLotId);
            var bySupply = flows.ToLookup(f => f.Flow.SupplyLotId);
            var estimated = 0;
            var quality = false;

            // One line per flow: R-step and carbon.
            var lines = new Dictionary<int, FlowLine>();
            foreach (var (f, mass) in flows)
            {
                var s = lots[f.SupplyLotId];
                var d = lots[f.DemandLotId];
                var sf = data.Factors[s.CategoryKey];
                var df = data.Factors[d.CategoryKey];
                var step = RLadder.Of(sf, df, s.Quality);
                var avoided = mass * df.EmbodiedCo2eKgPerKg;
                var transport = f.MassKg > 0 ? f.TransportCo2eKg * (mass / f.MassKg) : 0;
                var recon = step == RStep.R8Recycle ? mass * a.RecyclingProcessCo2eKgPerKg
                    : s.Quality == QualityGrade.B ? a.ReconditioningShare * avoided : 0;
                lines[f.Id] = new FlowLine
                {
                    MatchId = f.Id, SupplyLot = s.Label, DemandLot = d.Label, SupplyCategory = s.CategoryKey, DemandCategory = d.CategoryKey,
                    Standing = f.Standing, RStep = step, Date = f.DeliveryDate, MassKg = mass, DistanceKm = f.DistanceKm,
                    AvoidedEmbodiedCo2eKg = avoided, TransportCo2eKg = transport, ReconditioningCo2eKg = recon,
                    NetAvoidedCo2eKg = avoided - transport - recon,
                };
                quality |= s.Quality is null;
            }

            foreach (var lot in data.Lots)
            {
                if (!scope.Includes(lot) || !scope.InPeriod(lot.AvailableFrom)) continue;
                var f = data.Factors[lot.CategoryKey];
                if (lot.MassIsEstimated) estimated++;
                if (lot.Direction == LotDirection.Demand)
                {
                    t.InputLots++;
                    double reused = 0, recycled = 0;
                    foreach (var (flow, _) in byDemand[lot.Id])
                    {
                        var line = lines[flow.Id];
                        if (line.RStep == RStep.R8Recycle) recycled += line.MassKg; else reused += line.MassKg;
                        t.MaterialBoundCo2eKg += line.TransportCo2eKg + line.ReconditioningCo2eKg;
                        if (flow.Standing == FlowStanding.Realised) t.RealisedKg += line.MassKg;
                    }
                    var mass = Math.Max(0, lot.MassKg);
                    var primary = Math.Max(0, mass - reused - recycled);
                    var renewable = primary * f.RenewableShare;
                    t.InputKg += mass;
                    t.ReusedKg += reused;
                    t.RecycledKg += recycled;
                    t.PrimaryRenewableKg += renewable;
                    t.PrimaryNonRenewableKg += primary - renewable;
                    t.MaterialBoundCo2eKg += primary * f.EmbodiedCo2eKgPerKg;
                    var c = t.Category(lot.CategoryKey);
                    c.InputKg += mass;
                    c.SecondaryInputKg += reused + recycled;
                    c.RenewableInputKg += renewable;
                    if (primary > 0)
                    {
                        SourceSets.Add(t.Sources.Renewable, f.RenewableSource);
                        SourceSets.Add(t.Sources.InputEmbodied, f.EmbodiedSource);
                    }
                }
                else
                {
                    t.OutputLots++;
                    double reuse = 0, recycling = 0;
                    foreach (var (flow, _) in bySupply[lot.Id])
                    {
                        var line = lines[flow.Id];
                        if (line.RStep == RStep.R8Recycle) recycling += line.MassKg; else reuse += line.MassKg;
                    }
                    var mass = Math.Max(0, lot.MassKg);
                    var rest = Math.Max(0, mass - reuse - recycling);
                    var lost = lot.IsHazardous || lot.Status == LotStatus.Disposed
                        || (lot.Status != LotStatus.Recycled && f.EndOfLife == EndOfLifeRoute.Dispose);
                    if (lost) t.OutLostKg += rest; else recycling += rest;
                    if (rest > 0) SourceSets.Add(t.Sources.EndOfLife, lot.IsHazardous
                        ? "Hazardous lots (EWC code with *) are counted as lost when not placed"
                        : lot.Status is LotStatus.Recycled or LotStatus.Disposed
                            ? "Unplaced mass of lots with status recycled or disposed follows that status"
                            : f.EndOfLifeSource);
                    t.OutputKg += mass;
                    t.OutReuseKg += reuse;
                    t.OutRecyclingKg += recycling;
                    var c = t.Category(lot.CategoryKey);
                    c.OutputKg += mass;
                    c.OutputForReuseKg += reuse;
                }
            }

            foreach (var (f, _) in flows)
            {
                var s = lots[f.SupplyLotId];
                var d = lots[f.DemandLotId];
                var date = scope.Includes(d) ? d.AvailableFrom : s.AvailableFrom;
                if (!(scope.Includes(d) || scope.Includes(s)) || !scope.InPeriod(date)) continue;
                var line = lines[f.Id];
                t.Flows.Add(line);
                t.AvoidedCo2eKg += line.AvoidedEmbodiedCo2eKg;
                t.TransportCo2eKg += line.TransportCo2eKg;
                t.ReconditioningCo2eKg += line.ReconditioningCo2eKg;
                t.NetAvoidedCo2eKg += line.NetAvoidedCo2eKg;
                var step = t.Steps.GetValueOrDefault(line.RStep);
                t.Steps[line.RStep] = (step.MassKg + line.MassKg, step.Flows + 1);
                t.Category(line.DemandCategory).NetAvoidedCo2eKg += line.NetAvoidedCo2eKg;
                SourceSets.Add(t.Sources.Embodied, data.Factors[d.CategoryKey].EmbodiedSource);
                SourceSets.Add(t.Sources.Transport, f.TransportSource);
                if (line.ReconditioningCo2eKg > 0)
                {
                    SourceSets.Add(t.Sources.Reconditioning, line.RStep == RStep.R8Recycle ? a.RecyclingProcessSource : a.ReconditioningSource);
                }
            }

            t.Sources.Masses.Add(Text($"Lot masses as registered in the corridor ({t.InputLots} demand and {t.OutputLots} supply lots; {estimated} of them estimated, not weighed or surveyed)"));
            if (flows.Count > 0) t.Sources.Matches.Add(MatchRule);
            if (quality) t.Sources.Matches.Add("Lots without a quality grade are taken as reusable as is (grade A)");
            return t;
        }
    }
}
