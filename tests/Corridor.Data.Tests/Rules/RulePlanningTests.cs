using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Data.Rules;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Rules;

/// <summary>Each rule of the game changes a plan as stated, on a small hand-built corridor run through <see cref="CorridorPlanner"/>.</summary>
public sealed class RulePlanningTests
{
    static readonly DateOnly From = new(2027, 1, 4), To = new(2027, 3, 29);
    static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>A corridor on the meridian 5°E: 0.1° latitude is 11.1 km great-circle, 14.5 road km.</summary>
    sealed class Corridor : IAsyncDisposable
    {
        public required TestDatabase Tdb { get; init; }
        public required CorridorDb Db { get; init; }
        public int Id { get; init; }

        public static async Task<Corridor> CreateAsync()
        {
            var tdb = await TestDatabase.CreateAsync();
            var db = tdb.Open();
            var c = new CorridorRegion { Code = "rules-test", Name = "Rules test", CreatedUtc = Now };
            db.Corridors.Add(c);
            await db.SaveChangesAsync();
            return new Corridor { Tdb = tdb, Db = db, Id = c.Id };
        }

        public async Task<Project> ProjectAsync(string code, double latitude, OrganisationType? owner = null)
        {
            Organisation? org = owner is { } type ? new Organisation { CorridorId = Id, Name = code + " owner", Type = type } : null;
            var p = new Project
            {
                CorridorId = Id, Code = code, Name = code, Kind = ProjectKind.Renovation, Organisation = org, Latitude = latitude, Longitude = 5.0,
                Start = From, End = To, Status = ProjectStatus.Confirmed,
            };
            Db.Projects.Add(p);
            await Db.SaveChangesAsync();
            return p;
        }

        public async Task LotAsync(Project project, string code, LotDirection direction, string category, decimal quantity, QuantityUnit unit,
            double massKg, QualityGrade? quality = QualityGrade.A, bool hazardous = false)
        {
            Db.Lots.Add(new MaterialLot
            {
                CorridorId = Id, ProjectId = project.Id, Code = code, Direction = direction, CategoryKey = category, Quantity = quantity, Unit = unit,
                MassKg = massKg, Quality = quality, IsHazardous = hazardous, AvailableFrom = From, AvailableTo = To, Status = LotStatus.Inventoried,
            });
            await Db.SaveChangesAsync();
        }

        /// <summary>A supply and a demand of 100 m of steel beams (4 t), <paramref name="degrees"/> of latitude apart.</summary>
        public async Task SteelPairAsync(double degrees, QualityGrade supplyGrade = QualityGrade.A, bool hazardous = false)
        {
            var donor = await ProjectAsync("DONOR", 52.0);
            var receiver = await ProjectAsync("RECV", 52.0 + degrees);
            await LotAsync(donor, "S1", LotDirection.Supply, "steel_beams", 100, QuantityUnit.M, 4000, supplyGrade, hazardous);
            await LotAsync(receiver, "D1", LotDirection.Demand, "steel_beams", 100, QuantityUnit.M, 4000, null);
        }

        public Task<CorridorRuleSet> RulesAsync(RuleSettings settings, string? note = null) =>
            RuleSets.AddVersionAsync(Db, Id, settings, "director@test", note, Now);

        public async Task<PlanDocument> PlanAsync(PlanRequest? request = null) =>
            (await CorridorPlanner.RunAsync(Db, Id, request ?? new PlanRequest(), TimeProvider.System)).Document;

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Tdb.DisposeAsync();
        }
    }

    [Fact]
    public async Task MaxDistance_RemovesALongerMatch()
    {
        await using var c = await Corridor.CreateAsync();
        await c.SteelPairAsync(0.5); // about 72 road km

        Assert.Single((await c.PlanAsync()).Matches);
        await c.RulesAsync(RuleSettings.Default with { MaxDistanceKm = 50 });
        var plan = await c.PlanAsync();

        Assert.Empty(plan.Matches);
        Assert.Equal(50, plan.Rules.MaxDistanceKm);
        Assert.Contains(plan.Unmatched, u => u.Lot == "DONOR/S1" && u.Reason == "too far");
    }

    [Fact]
    public async Task Request_MayBeStricterThanTheRules_NotLooser()
    {
        await using var c = await Corridor.CreateAsync();
        await c.SteelPairAsync(0.2);
        var rules = await c.RulesAsync(RuleSettings.Default with { MaxDistanceKm = 50 });

        var looser = RulePlanning.Check(new PlanRequest { MaxDistanceKm = 80 }, rules);
        Assert.Contains(looser, e => e.Field == "maxDistanceKm" && e.Message.Contains("at most 50 km", StringComparison.Ordinal) && e.Message.Contains("version 1", StringComparison.Ordinal));
        Assert.Empty(RulePlanning.Check(new PlanRequest { MaxDistanceKm = 20 }, rules));
        Assert.Empty(RulePlanning.Check(new PlanRequest(), rules));

        Assert.Equal(20, (await c.PlanAsync(new PlanRequest { MaxDistanceKm = 20 })).Rules.MaxDistanceKm);
        Assert.Equal(50, (await c.PlanAsync(new PlanRequest { MaxDistanceKm = 80 })).Rules.MaxDistanceKm); // the planner caps what slips through
        Assert.Equal(50, (await c.PlanAsync()).Rules.MaxDistanceKm);
    }

    [Fact]
    public async Task EmissionFree_SwitchesTheVehicleToElectricAndItsCo2()
    {
        await using var c = await Corridor.CreateAsync();
        await c.SteelPairAsync(0.2);
        await c.RulesAsync(RuleSettings.Default with { EmissionFreeTransport = true, ElectricCo2eKgPerTonneKm = 0.02 });

        var plan = await c.PlanAsync(new PlanRequest { Vehicle = "rigid_over_17t" });

        Assert.Contains("Electric", plan.Rules.VehicleClass, StringComparison.Ordinal);
        Assert.True(plan.Rules.VehicleFactorIsEstimate);
        Assert.Equal(0.02, plan.Rules.VehicleCo2eKgPerTonneKm);
        var m = Assert.Single(plan.Matches);
        Assert.Equal(m.MassKg / 1000 * m.DistanceKm * 0.02, m.TransportCo2eKg, 6);
    }

    [Fact]
    public async Task MinimumQuality_LeavesAGradeBLotUnmatched()
    {
        await using var c = await Corridor.CreateAsync();
        await c.SteelPairAsync(0.2, QualityGrade.B);

        Assert.Single((await c.PlanAsync()).Matches);
        await c.RulesAsync(RuleSettings.Default with { MinimumQualityByCategory = new Dictionary<string, string> { ["steel_beams"] = "A" } });
        var plan = await c.PlanAsync();

        Assert.Empty(plan.Matches);
        Assert.Equal("A", plan.Rules.MinimumQualityByCategory["steel_beams"]);
        Assert.Contains(plan.Unmatched, u => u.Lot == "DONOR/S1" && u.Reason == "quality too low");
    }

    [Fact]
    public async Task Hazardous_ExcludedByDefault_MatchedWhenTheRulesAllowIt()
    {
        await using var c = await Corridor.CreateAsync();
        await c.SteelPairAsync(0.2, hazardous: true);

        var excluded = await c.PlanAsync();
        Assert.Empty(excluded.Matches);
        Assert.Contains(excluded.Unmatched, u => u.Lot == "DONOR/S1" && u.Reason.StartsWith("hazardous", StringComparison.Ordinal));

        await c.RulesAsync(RuleSettings.Default with { ExcludeHazardous = false });
        var allowed = await c.PlanAsync();
        Assert.Single(allowed.Matches);
        Assert.False(allowed.Rules.ExcludeHazardous);
    }

    [Fact]
    public async Task MunicipalPriority_SendsScarceSupplyToTheMunicipalProject()
    {
        await using var c = await Corridor.CreateAsync();
        var donor = await c.ProjectAsync("DONOR", 52.0);
        var near = await c.ProjectAsync("NEAR", 52.1, OrganisationType.Developer);
        var town = await c.ProjectAsync("TOWN", 52.3, OrganisationType.Municipality);
        await c.LotAsync(donor, "S1", LotDirection.Supply, "steel_beams", 100, QuantityUnit.M, 4000);
        await c.LotAsync(near, "D1", LotDirection.Demand, "steel_beams", 100, QuantityUnit.M, 4000, null);
        await c.LotAsync(town, "D1", LotDirection.Demand, "steel_beams", 100, QuantityUnit.M, 4000, null);

        Assert.Equal("NEAR/D1", Assert.Single((await c.PlanAsync()).Matches).DemandLot);
        await c.RulesAsync(RuleSettings.Default with { MunicipalProjectsFirst = true });
        var plan = await c.PlanAsync();

        Assert.Equal("TOWN/D1", Assert.Single(plan.Matches).DemandLot);
        Assert.Equal(1, plan.Rules.PriorityDemandLots);
        Assert.True(plan.Totals.ObjectiveIncludesPriorities);
    }

    [Fact]
    public async Task ReuseBeforeRecycling_MatchesAFarCandidateNotWorthItsTransport()
    {
        await using var c = await Corridor.CreateAsync();
        var donor = await c.ProjectAsync("DONOR", 52.0);
        var far = await c.ProjectAsync("FAR", 52.5);
        await c.LotAsync(donor, "S1", LotDirection.Supply, "gravel", 10, QuantityUnit.T, 10_000);
        await c.LotAsync(far, "D1", LotDirection.Demand, "gravel", 10, QuantityUnit.T, 10_000, null);
        var rigid = new PlanRequest { Vehicle = "rigid_7_5_to_17t" };

        Assert.Empty((await c.PlanAsync(rigid)).Matches);
        await c.RulesAsync(RuleSettings.Default with { ReuseBeforeRecycling = true });
        var plan = await c.PlanAsync(rigid);

        Assert.Single(plan.Matches);
        Assert.True(plan.Rules.ReuseBeforeRecycling);
        Assert.True(plan.Totals.ObjectiveIncludesReuseBeforeRecycling);
        Assert.True(plan.Totals.NetCo2eKg > 0); // reuse taken although it emits more than it saves
    }

    [Fact]
    public async Task Plan_RecordsTheRuleVersionItWasMadeUnder()
    {
        await using var c = await Corridor.CreateAsync();
        await c.SteelPairAsync(0.2);

        var none = await CorridorPlanner.RunAsync(c.Db, c.Id, new PlanRequest(), TimeProvider.System);
        Assert.Null(none.Stored.RuleVersion);
        Assert.Null(none.Document.RuleVersion);

        await c.RulesAsync(RuleSettings.Default with { MaxDistanceKm = 60 }, "first");
        await c.RulesAsync(RuleSettings.Default with { MaxDistanceKm = 70 }, "second");
        var (stored, document, _) = await CorridorPlanner.RunAsync(c.Db, c.Id, new PlanRequest(), TimeProvider.System);

        Assert.Equal(2, stored.RuleVersion);
        Assert.Equal(2, document.RuleVersion);
        var json = await c.Db.Plans.Where(p => p.Id == stored.Id).Select(p => p.Document).SingleAsync();
        Assert.Contains("\"ruleVersion\": 2", json, StringComparison.Ordinal);
        Assert.Equal(2, await c.Db.Plans.Where(p => p.Id == stored.Id).Select(p => p.RuleVersion).SingleAsync());
    }

    [Fact]
    public async Task Versions_AreAddedNeverChanged_AndReservationDaysDefaultTo30()
    {
        await using var c = await Corridor.CreateAsync();
        Assert.Equal(30, await RuleSets.ReservationDaysAsync(c.Db, c.Id));

        await c.RulesAsync(RuleSettings.Default with { ReservationDays = 14 }, "two weeks");
        await c.RulesAsync(RuleSettings.Default with { ReservationDays = 45 }, "longer");

        Assert.Equal(45, await RuleSets.ReservationDaysAsync(c.Db, c.Id));
        var v1 = await RuleSets.VersionAsync(c.Db, c.Id, 1);
        Assert.Equal(14, v1!.ReservationDays);
        Assert.Equal("two weeks", v1.Note);
        Assert.Equal([2, 1], (await RuleSets.VersionsAsync(c.Db, c.Id)).Select(v => v.Version));
    }

    [Fact]
    public void PlainLanguage_GivesTheFiguresInBothLanguages()
    {
        var s = RuleSettings.Default with
        {
            MaxDistanceKm = 50, EmissionFreeTransport = true, ElectricCo2eKgPerTonneKm = 0.025, ReservationDays = 21,
            Pricing = PricingRule.CostRecovery, PriceCapEurPerTonne = 12.5m,
            MinimumQualityByCategory = new Dictionary<string, string> { ["doors"] = "A" },
        };
        var text = RuleText.Sentences(s);

        Assert.Contains(text, r => r.English == "Materials travel at most 50 km per leg (donor to receiver, donor to hub, or hub to receiver).");
        Assert.Contains(text, r => r.Dutch.StartsWith("Materialen reizen hoogstens 50 km per traject", StringComparison.Ordinal));
        Assert.Contains(text, r => r.English.Contains("0.025 kg CO2e per tonne-km, an estimate", StringComparison.Ordinal) && r.Dutch.Contains("0,025 kg CO2e per ton-km, een schatting", StringComparison.Ordinal));
        Assert.Contains(text, r => r.English.Contains("21 days", StringComparison.Ordinal) && r.Dutch.Contains("21 dagen", StringComparison.Ordinal));
        Assert.Contains(text, r => r.English.Contains("€ 12.50 per tonne", StringComparison.Ordinal) && r.Dutch.Contains("€ 12,50 per ton", StringComparison.Ordinal));
        Assert.Contains(text, r => r.English.StartsWith("Doors", StringComparison.Ordinal) && r.English.Contains("only grade A", StringComparison.Ordinal)
            && r.Dutch.StartsWith("Deuren", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_NamesTheField()
    {
        var errors = (RuleSettings.Default with
        {
            MaxDistanceKm = 0, ReservationDays = 0, Pricing = PricingRule.CostRecovery,
            MinimumQualityByCategory = new Dictionary<string, string> { ["nope"] = "C" },
        }).Validate();

        Assert.Contains(errors, e => e.Field == "maxDistanceKm");
        Assert.Contains(errors, e => e.Field == "reservationDays");
        Assert.Contains(errors, e => e.Field == "priceCapEurPerTonne");
        Assert.Equal(2, errors.Count(e => e.Field == "minimumQualityByCategory"));
    }
}
